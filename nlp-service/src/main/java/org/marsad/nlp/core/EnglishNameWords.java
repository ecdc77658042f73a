package org.marsad.nlp.core;

import org.marsad.events.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists English name recognition leans on, read from {@code org/marsad/nlp/lexicon/en/}: given names and
 * demonyms written by hand, and what {@code EnglishNameMiner} learned from a news corpus: more given names, words
 * that news prose writes capitalised (so a sentence's first word can be told from a name), and frequent names
 * with the type their contexts give them. All words are in their normalised (lower-case) form.
 */
public final class EnglishNameWords {

    public static final String DIRECTORY = "/org/marsad/nlp/lexicon/en/";
    public static final String MINED = "mined-names.tsv";
    public static final String COMMON = "common-words.txt";

    private final Set<String> givenNames;
    private final Set<String> demonyms;
    private final Set<String> nameWords;
    private final Set<String> commonWords;
    private final List<LexiconEntry> names;

    public EnglishNameWords(Set<String> givenNames, Set<String> demonyms, Set<String> nameWords,
                            Set<String> commonWords, List<LexiconEntry> names) {
        this.givenNames = Set.copyOf(givenNames);
        this.demonyms = Set.copyOf(demonyms);
        this.nameWords = Set.copyOf(nameWords);
        this.commonWords = Set.copyOf(commonWords);
        this.names = List.copyOf(names);
    }

    public static EnglishNameWords loadDefault() {
        return load(true);
    }

    /** The hand-written lists, and the mined ones too when {@code withMined}. */
    public static EnglishNameWords load(boolean withMined) {
        Set<String> given = new HashSet<>(words(lines("given-names.txt")));
        Set<String> nameWords = new HashSet<>();
        List<LexiconEntry> names = new ArrayList<>();
        for (String line : withMined ? lines(MINED) : List.<String>of()) {
            String[] columns = line.split("\t");
            String kind = columns[0];
            String name = columns[1];
            switch (kind) {
                case "GIVEN" -> given.add(ArabicNormalizer.normalize(name));
                case "WORD" -> nameWords.add(ArabicNormalizer.normalize(name));
                default -> {
                    EntityType type = EntityType.valueOf(kind);
                    names.add(new LexiconEntry(EntityIds.unknown(type, key(name)), type, "", name, List.of(),
                            List.of()));
                }
            }
        }
        Set<String> common = withMined ? new HashSet<>(words(lines(COMMON))) : Set.of();
        return new EnglishNameWords(given, new HashSet<>(words(lines("demonyms.txt"))), nameWords, common, names);
    }

    /** These lists with {@code more} words taken for names. */
    public EnglishNameWords withNameWords(Set<String> more) {
        Set<String> all = new HashSet<>(nameWords);
        all.addAll(more);
        return new EnglishNameWords(givenNames, demonyms, all, commonWords, names);
    }

    /** "Tony Blair" -> "tony blair": the normalised tokens of a name joined by spaces. */
    public static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (Token token : new Tokenizer().tokenize(name)) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(token.norm());
        }
        return key.toString();
    }

    public boolean givenName(String norm) {
        return givenNames.contains(norm);
    }

    /** "Russian", "Russians", "Spaniard": a people's or a nationality's word, no entity alone. */
    public boolean demonym(String norm) {
        return demonyms.contains(norm) || (norm.endsWith("s") && demonyms.contains(norm.substring(0, norm.length() - 1)));
    }

    /** A dictionary word ("city", "credit"), which a person's name seldom contains. */
    public boolean commonWord(String norm) {
        return commonWords.contains(norm);
    }

    /** A word news prose writes capitalised in the middle of a sentence: a name, not a sentence's first word. */
    public boolean nameWord(String norm) {
        return nameWords.contains(norm);
    }

    /** Frequent names with their learned type, as lexicon entries with the ids unknown names get. */
    public List<LexiconEntry> names() {
        return names;
    }

    private static List<String> words(List<String> lines) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(ArabicNormalizer.normalize(word));
                }
            }
        }
        return words;
    }

    private static List<String> lines(String file) {
        try (InputStream in = EnglishNameWords.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException(DIRECTORY + file + " not on the classpath");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + file, e);
        }
    }
}
