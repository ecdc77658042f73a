package org.marsad.nlp.core.ner;

import org.marsad.nlp.core.Fnv1a;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters learned from unlabelled news: for each frequent word form, its cluster at a few granularities
 * (coarse to fine), so that the tagger generalises from a name or a context word it saw in training to the words
 * news uses the same way (Turian et al. 2010). Read from {@code org/marsad/nlp/lexicon/clusters-<language>.tsv.gz}
 * (lines {@code word<TAB>cluster<TAB>cluster...}, written by bench's {@code WordClusterBuilder}). Held as sorted
 * 64-bit hashes and small ids: about 14 bytes a word.
 */
public final class WordClusters {

    public static final int ABSENT = -1;
    private static final WordClusters NONE = new WordClusters(new long[0], new short[0][]);
    private static final Map<String, WordClusters> DEFAULTS = new ConcurrentHashMap<>();

    private final long[] hashes;
    /** {@code ids[level][index]}: the word's cluster at that granularity, level 0 the coarsest. */
    private final short[][] ids;

    private WordClusters(long[] hashes, short[][] ids) {
        this.hashes = hashes;
        this.ids = ids;
    }

    /** No clusters: every word is absent (a language without a cluster file). */
    public static WordClusters none() {
        return NONE;
    }

    /** The committed clusters of a language, or {@link #none()} when it has none; read once per JVM. */
    public static WordClusters loadDefault(String language) {
        return DEFAULTS.computeIfAbsent(language, WordClusters::read);
    }

    private static WordClusters read(String language) {
        String resource = NerModels.DIRECTORY + "clusters-" + language + ".tsv.gz";
        try (InputStream in = WordClusters.class.getResourceAsStream(resource)) {
            return in == null ? NONE : load(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word clusters " + resource, e);
        }
    }

    /** Reads the plain (not gzipped) lines; {@code #} starts a comment line. */
    public static WordClusters load(InputStream lines) throws IOException {
        long[] keys = new long[1 << 16];
        int[][] columns = null;
        int n = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(lines, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IOException("word clusters: line " + (n + 1) + " has no cluster");
            }
            if (columns == null) {
                columns = new int[(int) line.chars().filter(c -> c == '\t').count()][keys.length];
            }
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
                for (int level = 0; level < columns.length; level++) {
                    columns[level] = Arrays.copyOf(columns[level], n * 2);
                }
            }
            keys[n] = Fnv1a.hash(line, 0, tab);
            for (int level = 0; level < columns.length; level++) {
                int next = line.indexOf('\t', tab + 1);
                if ((next < 0) != (level == columns.length - 1)) {
                    throw new IOException("word clusters: line " + (n + 1) + " does not have " + columns.length
                            + " clusters");
                }
                columns[level][n] = Integer.parseInt(line, tab + 1, next < 0 ? line.length() : next, 10);
                tab = next;
            }
            n++;
        }
        return columns == null ? NONE : sorted(keys, columns, n);
    }

    /** By hash, for binary search; sorting the hashes and placing each word's ids where its hash went needs no boxing. */
    private static WordClusters sorted(long[] keys, int[][] columns, int n) {
        long[] sortedKeys = Arrays.copyOf(keys, n);
        Arrays.sort(sortedKeys);
        short[][] ids = new short[columns.length][n];
        for (int i = 0; i < n; i++) {
            int at = Arrays.binarySearch(sortedKeys, keys[i]);
            for (int level = 0; level < columns.length; level++) {
                ids[level][at] = (short) columns[level][i];
            }
        }
        return new WordClusters(sortedKeys, ids);
    }

    /** How many granularities each word has (0 for {@link #none()}). */
    public int levels() {
        return ids.length;
    }

    public int size() {
        return hashes.length;
    }

    /** The word's index for {@link #cluster}, or {@link #ABSENT} when it is not a clustered word. */
    public int find(CharSequence word) {
        int i = Arrays.binarySearch(hashes, Fnv1a.hash(word, 0, word.length()));
        return i < 0 ? ABSENT : i;
    }

    /** The cluster of the word at {@code index} at that granularity (0 = coarsest); {@link #ABSENT} for absent. */
    public int cluster(int index, int level) {
        return index < 0 ? ABSENT : ids[level][index];
    }

}
