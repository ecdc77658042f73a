package org.marsad.bench.ner;

import org.marsad.nlp.core.ner.FeatureExtractor;
import org.marsad.nlp.core.ner.NerModels;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the word clusters the taggers read as features ({@code org/marsad/nlp/lexicon/clusters-<language>.tsv.gz}
 * in nlp-service) from the unlabelled development corpora: the most frequent word forms (as the tagger reads
 * them: Arabic without its proclitics), their contexts at -2..+2 as PPMI rows, a randomized truncated SVD to dense
 * vectors, then spherical k-means at a few granularities. Only word forms and cluster ids are written, never text.
 * Deterministic: a fixed seed, one thread, strict maths; the same corpora give the same bytes. Usage:
 * {@code ./marsad build-clusters [--language ar|en] [--data DIR] [--out DIR]}.
 */
public final class WordClusterBuilder {

    static final long SEED = 20261123L;

    /** What each language clusters: its corpora, how many words, contexts and dimensions, and the granularities. */
    record Settings(List<String> corpora, int words, int contexts, int dimensions, int[] granularities) {
    }

    static final Map<String, Settings> SETTINGS = Map.of(
            "ar", new Settings(List.of("ant-corpus-2018.jsonl.gz", "saudinewsnet-2015.jsonl.gz"),
                    80_000, 3_000, 100, new int[] {64, 256, 1024}),
            "en", new Settings(List.of("bbc-news-en.jsonl.gz"), 15_000, 1_500, 80, new int[] {32, 128, 512}));

    private WordClusterBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        Path data = projectDir.resolveSibling("shared").resolve("data");
        Path out = projectDir.resolve("nlp-service/src/main/resources");
        List<String> languages = List.of("ar", "en");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--language" -> languages = List.of(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("build-clusters: unknown argument '" + args[i]
                            + "' (--language ar|en, --data DIR, --out DIR)");
                    System.exit(2);
                }
            }
        }
        for (String language : languages) {
            build(language, SETTINGS.get(language), data, out);
        }
    }

    private static void build(String language, Settings settings, Path data, Path out) throws IOException {
        long start = System.nanoTime();
        FeatureExtractor features = NerModels.features(language);
        CorpusWords corpus = CorpusWords.read(settings.corpora().stream().map(data::resolve).toList(), features);
        int words = Math.min(settings.words(), corpus.forms().length);
        log(language, start, "%,d tokens and symbols, %,d forms", corpus.sequence().length, corpus.forms().length);
        ContextVectors contexts = ContextVectors.of(corpus, words, settings.contexts());
        log(language, start, "PPMI rows: %,d words x %,d columns, %,d entries", contexts.rows(), contexts.width(),
                contexts.values().length);
        double[][] vectors = RandomizedSvd.embed(contexts, settings.dimensions(), SEED);
        log(language, start, "SVD: %d dimensions", settings.dimensions());
        int[][] clusters = new int[settings.granularities().length][];
        for (int level = 0; level < clusters.length; level++) {
            clusters[level] = SphericalKMeans.cluster(vectors, settings.granularities()[level], SEED + level);
            log(language, start, "k-means, k = %d", settings.granularities()[level]);
        }
        Path file = out.resolve(NerModels.DIRECTORY.substring(1) + "clusters-" + language + ".tsv.gz");
        Files.createDirectories(file.getParent());
        int written = write(file, corpus, words, clusters, settings);
        log(language, start, "%,d words, %,d bytes -> %s", written, Files.size(file), file);
    }

    private static int write(Path file, CorpusWords corpus, int words, int[][] clusters, Settings settings)
            throws IOException {
        int written = 0;
        // no timestamp in the gzip header (GZIPOutputStream writes none): a rebuild gives the same bytes
        try (OutputStream stream = Files.newOutputStream(file);
             Writer writer = new OutputStreamWriter(new GZIPOutputStream(stream, 1 << 16), StandardCharsets.UTF_8)) {
            writer.write("# word form, cluster at k = " + Arrays.toString(settings.granularities())
                    + " (PPMI of contexts -2..+2, SVD " + settings.dimensions() + ", spherical k-means);"
                    + " rebuild with ./marsad build-clusters\n");
            for (int w = 0; w < words; w++) {
                String form = corpus.forms()[w];
                if (!CorpusWords.isWord(form)) {
                    continue;
                }
                StringBuilder line = new StringBuilder(form);
                for (int[] level : clusters) {
                    line.append('\t').append(level[w]);
                }
                writer.write(line.append('\n').toString());
                written++;
            }
        }
        return written;
    }

    private static void log(String language, long start, String format, Object... args) {
        System.out.printf("%s %6.1f s  %s%n", language, (System.nanoTime() - start) / 1e9, String.format(format, args));
    }
}
