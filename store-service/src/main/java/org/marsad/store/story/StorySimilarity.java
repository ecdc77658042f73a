package org.marsad.store.story;

import org.marsad.events.EntityType;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Weighs an article against the corpus and measures it against a story. Entities weigh by type (people and
 * organisations say more about an event than the country it happened in) and by rarity; terms by log frequency and
 * rarity. The score is the learned {@link MatchWeights}' probability over the {@link MatchFeatures}: title, term
 * and per-type entity cosines and the time between the article and the story.
 */
public final class StorySimilarity {

    private static final Map<EntityType, Double> TYPE_WEIGHTS = Map.of(
            EntityType.PERSON, 1.3, EntityType.ORGANIZATION, 1.0, EntityType.LOCATION, 0.8, EntityType.MISC, 0.7);

    private final StoryRules rules;

    public StorySimilarity(StoryRules rules) {
        this.rules = rules;
    }

    /** Every key whose document frequency weighing {@code article} needs. */
    public static Set<String> frequencyKeys(StoryArticle article) {
        Set<String> keys = new LinkedHashSet<>();
        article.entities().forEach(e -> keys.add(entityKey(e.id())));
        article.terms().keySet().forEach(t -> keys.add(termKey(t)));
        return keys;
    }

    public ArticleVectors vectors(StoryArticle article, DocumentFrequencies df) {
        Map<String, Double> entities = new TreeMap<>();
        for (KeyEntity e : article.entities()) {
            entities.put(e.id(), TYPE_WEIGHTS.get(e.type()) * df.idf(entityKey(e.id()))
                    * (1 + Math.log(e.mentions())));
        }
        Map<String, Double> terms = weighedTerms(article.terms(), df);
        Set<String> keys = new LinkedHashSet<>();
        top(entities, rules.keysPerKind()).forEach(id -> keys.add(entityKey(id)));
        top(terms, rules.keysPerKind()).forEach(t -> keys.add(termKey(t)));
        return new ArticleVectors(unit(entities), unit(terms), unit(weighedTerms(article.titleTerms(), df)), keys);
    }

    /**
     * How much the article and the story have in common, 0..1, whatever the time between them: what links a new
     * story to an earlier one of its storyline.
     */
    public double content(ArticleVectors vectors, StoryProfile story) {
        double termCos = cosine(vectors.terms(), story.terms());
        return vectors.entities().isEmpty() || story.entities().isEmpty()
                ? termCos
                : rules.entityShare() * cosine(vectors.entities(), story.entities())
                        + (1 - rules.entityShare()) * termCos;
    }

    /** What the learned score weighs of the article against the story. */
    public static MatchFeatures features(StoryArticle article, ArticleVectors vectors, StoryProfile story) {
        Map<EntityType, Double> byType = new EnumMap<>(EntityType.class);
        double norm = norm(story.entities());
        if (norm > 0) {
            for (KeyEntity e : article.entities()) {
                Double a = vectors.entities().get(e.id());
                Double s = story.entities().get(e.id());
                if (a != null && s != null) {
                    byType.merge(e.type(), a * s / norm, Double::sum);
                }
            }
        }
        return new MatchFeatures(cosine(vectors.titles(), story.titles()), cosine(vectors.terms(), story.terms()),
                byType.getOrDefault(EntityType.PERSON, 0.0), byType.getOrDefault(EntityType.ORGANIZATION, 0.0),
                byType.getOrDefault(EntityType.LOCATION, 0.0), byType.getOrDefault(EntityType.MISC, 0.0),
                logHours(Duration.between(story.firstPublishedAt(), article.publishedAt()).abs()),
                logHours(story.gapTo(article.publishedAt())), Math.log(story.articleCount()));
    }

    /** The probability that the article reports the story's event. */
    public double score(MatchFeatures features) {
        return rules.weights().probability(features);
    }

    private static double logHours(Duration d) {
        return Math.log1p(d.toMinutes() / 60.0);
    }

    private static Map<String, Double> weighedTerms(Map<String, Integer> counts, DocumentFrequencies df) {
        Map<String, Double> terms = new TreeMap<>();
        counts.forEach((term, tf) -> terms.put(term, (1 + Math.log(tf)) * df.idf(termKey(term))));
        return terms;
    }

    static String entityKey(String entityId) {
        return "e:" + entityId;
    }

    static String termKey(String term) {
        return "t:" + term;
    }

    /** Cosine of a unit vector with any vector. */
    private static double cosine(Map<String, Double> unit, Map<String, Double> other) {
        double dot = 0;
        for (Map.Entry<String, Double> e : unit.entrySet()) {
            Double w = other.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / norm(other);
    }

    private static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double w : vector.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    private static Map<String, Double> unit(Map<String, Double> vector) {
        double norm = norm(vector);
        Map<String, Double> unit = new HashMap<>();
        if (norm > 0) {
            vector.forEach((k, w) -> unit.put(k, w / norm));
        }
        return new TreeMap<>(unit);
    }

    private static java.util.List<String> top(Map<String, Double> weights, int n) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
