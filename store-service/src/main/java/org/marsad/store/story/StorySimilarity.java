package org.marsad.store.story;

import org.marsad.events.EntityType;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Weighs an article against the corpus and scores it against a story. Entities weigh by type (people and
 * organisations say more about an event than the country it happened in) and by rarity; terms by log frequency and
 * rarity. The score blends the cosine of the entity vectors with that of the term vectors, discounted by the time
 * between the article and the story's span.
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
        Map<String, Double> terms = new TreeMap<>();
        article.terms().forEach((term, tf) -> terms.put(term, (1 + Math.log(tf)) * df.idf(termKey(term))));
        Set<String> keys = new LinkedHashSet<>();
        top(entities, rules.keysPerKind()).forEach(id -> keys.add(entityKey(id)));
        top(terms, rules.keysPerKind()).forEach(t -> keys.add(termKey(t)));
        return new ArticleVectors(unit(entities), unit(terms), keys);
    }

    /** How much the article and the story have in common, 0..1, whatever the time between them. */
    public double content(ArticleVectors vectors, StoryProfile story) {
        double termCos = cosine(vectors.terms(), story.terms());
        return vectors.entities().isEmpty() || story.entities().isEmpty()
                ? termCos
                : rules.entityShare() * cosine(vectors.entities(), story.entities())
                        + (1 - rules.entityShare()) * termCos;
    }

    /**
     * The content similarity discounted by time: by the time outside the story's span, or past the grace after its
     * first article when that is more. A story ages, so daily coverage cannot chain the next days' events into it.
     */
    public double score(StoryArticle article, double content, StoryProfile story) {
        Duration sinceStart = Duration.between(story.firstPublishedAt(), article.publishedAt()).abs()
                .minus(rules.grace());
        Duration gap = story.gapTo(article.publishedAt());
        double hours = Math.max(gap.toMinutes(), sinceStart.toMinutes()) / 60.0;
        return content / (1 + hours / (rules.halfGap().toMinutes() / 60.0));
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
        double norm = Math.sqrt(other.values().stream().mapToDouble(w -> w * w).sum());
        return dot / norm;
    }

    private static Map<String, Double> unit(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
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
