package org.marsad.nlp.core;

import org.marsad.events.Entity;
import org.marsad.events.Keyword;
import org.marsad.events.Mention;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ten terms that characterise an article: the entities it names (weighted by mentions, a name counts more than
 * a word) and its content words, stopwords removed and light-stemmed so that inflections add up. Words in the
 * title count double. A stem is shown in its most frequent written form, without proclitics. Scores are relative
 * to the best term (1.0).
 */
public final class KeywordExtractor {

    private static final int TOP = 10;
    private static final double ENTITY_WEIGHT = 1.5;
    private static final double TITLE_WEIGHT = 2.0;
    private static final int MIN_CHARS = 3;

    private final Stopwords stopwords;
    private final LightStemmer stemmer;

    public KeywordExtractor(Stopwords stopwords, LightStemmer stemmer) {
        this.stopwords = stopwords;
        this.stemmer = stemmer;
    }

    public List<Keyword> extract(List<Token> tokens, List<Entity> entities, int titleEnd) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        boolean[] inEntity = markEntityTokens(tokens, entities);
        for (Entity entity : entities) {
            double score = 0;
            for (Mention m : entity.mentions()) {
                score += ENTITY_WEIGHT * (m.start() < titleEnd ? TITLE_WEIGHT : 1.0);
            }
            scores.merge("=" + entity.id(), score, Double::sum);
            forms.computeIfAbsent("=" + entity.id(), k -> new HashMap<>()).put(entity.name(), 1);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (inEntity[i] || token.isNumber() || token.norm().length() < MIN_CHARS
                    || stopwords.contains(token.norm())) {
                continue;
            }
            String key = stemmer.key(token);
            if (key.length() < MIN_CHARS - 1 || stopwords.contains(key)) {
                continue;
            }
            scores.merge(key, token.start() < titleEnd ? TITLE_WEIGHT : 1.0, Double::sum);
            forms.computeIfAbsent(key, k -> new HashMap<>()).merge(displayForm(token), 1, Integer::sum);
        }
        double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        // two stems may share a display form; the better score keeps it
        Map<String, Keyword> byTerm = new LinkedHashMap<>();
        scores.entrySet().stream()
                .map(e -> new Keyword(mostFrequent(forms.get(e.getKey())), round(e.getValue() / best)))
                .sorted(Comparator.comparingDouble(Keyword::score).reversed().thenComparing(Keyword::term))
                .forEach(k -> byTerm.putIfAbsent(k.term(), k));
        return byTerm.values().stream().limit(TOP).toList();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The word as written, with a one-letter conjunction or preposition removed (والمباحثات -> المباحثات). */
    private static String displayForm(Token token) {
        if (!token.isArabic()) {
            return token.text().toLowerCase(java.util.Locale.ROOT);
        }
        if (token.norm().startsWith("ال")) {
            return token.text(); // the common case: no proclitic before the article
        }
        List<Proclitics.Reading> readings = Proclitics.readings(token.norm());
        for (Proclitics.Reading r : readings) {
            if (r.prefix() > 0 && r.norm().startsWith("ال") && token.norm().endsWith(r.norm())) {
                return token.text().substring(ArabicNormalizer.originalLength(token.text(), r.prefix()));
            }
        }
        return token.text();
    }

    private static String mostFrequent(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static boolean[] markEntityTokens(List<Token> tokens, List<Entity> entities) {
        boolean[] marked = new boolean[tokens.size()];
        List<Mention> mentions = entities.stream().flatMap(e -> e.mentions().stream())
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        int m = 0;
        for (int i = 0; i < tokens.size() && m < mentions.size(); i++) {
            Token token = tokens.get(i);
            while (m < mentions.size() && mentions.get(m).end() <= token.start()) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).start() < token.end()) {
                marked[i] = true;
            }
        }
        return marked;
    }
}
