package org.marsad.nlp.core.ner;

import org.marsad.nlp.core.EnglishNameRuns;
import org.marsad.nlp.core.EnglishNameWords;
import org.marsad.nlp.core.Token;

import java.util.List;
import java.util.Set;

/**
 * Features of English tokens: the word as written and lower-cased, affixes, its shape (Xxxx, XX, X.X, d), the
 * words around it, whether it starts a sentence, what the word lists say of it (common word, word news writes
 * capitalised, given name, demonym), punctuation around it, the rules' own labels, and the word clusters of
 * the word and its neighbours (learned from the unlabelled BBC articles).
 */
public final class EnglishFeatures implements FeatureExtractor {

    private static final String NAME = "en-2";

    private static final int BIAS = 0;
    private static final int WORD = 1;
    private static final int LOWER = 2;
    private static final int PREFIX = 3;
    private static final int SUFFIX = 4;
    private static final int SHAPE = 5;
    private static final int PREVIOUS = 6;
    private static final int BEFORE_PREVIOUS = 7;
    private static final int NEXT = 8;
    private static final int AFTER_NEXT = 9;
    private static final int PREVIOUS_BIGRAM = 10;
    private static final int NEXT_BIGRAM = 11;
    private static final int PREVIOUS_SHAPE = 12;
    private static final int NEXT_SHAPE = 13;
    private static final int SENTENCE_START = 14;
    private static final int WORD_LISTS = 15;
    private static final int RULE = 16;
    private static final int RULE_PREVIOUS = 17;
    private static final int RULE_NEXT = 18;
    private static final int RULE_SHAPE = 19;
    private static final int GAP_BEFORE = 20;
    private static final int GAP_AFTER = 21;
    private static final int PREVIOUS_WRITTEN = 22;
    private static final int CLUSTERS = 23;

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
            "president", "king", "queen", "prince", "princess", "pope", "professor", "prof", "senator", "sen", "judge");

    private final EnglishNameWords words;
    private final ClusterFeatures clusters;

    public EnglishFeatures(EnglishNameWords words, WordClusters clusters) {
        this.words = words;
        this.clusters = new ClusterFeatures(clusters, CLUSTERS);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isTitle(Token token) {
        return TITLES.contains(token.norm());
    }

    @Override
    public long[][] extract(NerDocument document) {
        List<Token> tokens = document.tokens();
        String text = document.text();
        int n = tokens.size();
        boolean[] sentenceStart = EnglishNameRuns.sentenceStarts(text, tokens);
        String[] shapes = new String[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = shape(tokens.get(i).text());
        }
        RuleLabels rules = RuleLabels.of(document);
        int[] clustered = clusters.find(words(tokens));
        FeatureSink sink = new FeatureSink();
        long[][] features = new long[n][];
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            String lower = token.norm();
            String rule = rules.feature(i);
            sink.add(BIAS, 1);
            sink.add(WORD, token.text());
            sink.add(LOWER, lower);
            for (int k = 2; k <= 4; k++) {
                sink.addAffix(PREFIX, lower, k, false);
                sink.addAffix(SUFFIX, lower, k, true);
            }
            sink.add(SHAPE, shapes[i]);
            sink.add(PREVIOUS, normAt(tokens, i - 1));
            sink.add(BEFORE_PREVIOUS, normAt(tokens, i - 2));
            sink.add(NEXT, normAt(tokens, i + 1));
            sink.add(AFTER_NEXT, normAt(tokens, i + 2));
            sink.add(PREVIOUS_BIGRAM, normAt(tokens, i - 1), lower);
            sink.add(NEXT_BIGRAM, lower, normAt(tokens, i + 1));
            sink.add(PREVIOUS_SHAPE, i > 0 ? shapes[i - 1] : "^", shapes[i]);
            sink.add(NEXT_SHAPE, shapes[i], i + 1 < n ? shapes[i + 1] : "$");
            sink.add(PREVIOUS_WRITTEN, i > 0 ? tokens.get(i - 1).text() : "^");
            sink.add(SENTENCE_START, (sentenceStart[i] ? "s" : "-") + shapes[i]);
            sink.add(WORD_LISTS, wordLists(lower), shapes[i]);
            sink.add(RULE, rule);
            sink.add(RULE_PREVIOUS, i > 0 ? BioLabels.name(rules.labels()[i - 1]) : "^");
            sink.add(RULE_NEXT, i + 1 < n ? BioLabels.name(rules.labels()[i + 1]) : "$");
            sink.add(RULE_SHAPE, rule, shapes[i]);
            sink.add(GAP_BEFORE, Gaps.before(text, tokens, i));
            sink.add(GAP_AFTER, Gaps.after(text, tokens, i));
            clusters.add(sink, clustered, i);
            features[i] = sink.drain();
        }
        return features;
    }

    private static String normAt(List<Token> tokens, int i) {
        return i < 0 ? "^" : i >= tokens.size() ? "$" : tokens.get(i).norm();
    }

    private String wordLists(String lower) {
        return (words.commonWord(lower) ? "c" : "-") + (words.nameWord(lower) ? "n" : "-")
                + (words.givenName(lower) ? "g" : "-") + (words.demonym(lower) ? "d" : "-");
    }

    /** Letters as X or x, digits as d, runs of one class collapsed: "McDonald" -> XxXx, "BBC" -> XX, "A380" -> Xd. */
    static String shape(String word) {
        StringBuilder shape = new StringBuilder(6);
        char last = 0;
        for (int i = 0; i < word.length() && shape.length() < 6; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                shape.append(k);
                last = k;
            }
        }
        // an acronym (BBC) is not a capitalised letter (I, A)
        return shape.length() == 1 && shape.charAt(0) == 'X' && word.length() > 1 ? "XX" : shape.toString();
    }
}
