package org.marsad.store.story;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A story as matching sees it: its time span and the centroids of its core articles' weighted entity, term and
 * title-term vectors (each of its first articles adds its unit vector, so long articles do not drown short ones).
 *
 * @param storylineId the story this one belongs to the storyline of (its own id when it started one)
 * @param titles      the centroid of its core articles' title terms
 */
public record StoryProfile(String id, String title, int articleCount, Instant firstPublishedAt,
                           Instant lastPublishedAt, String storylineId, Map<String, Double> entities,
                           Map<String, Double> terms, Map<String, Double> titles) {

    /** Terms kept per story: enough to describe an event, bounded so a long story stays cheap to load and compare. */
    static final int MAX_TERMS = 300;

    /** A new story made of one article. */
    public static StoryProfile founded(String id, String storylineId, StoryArticle article, ArticleVectors vectors) {
        return new StoryProfile(id, article.title(), 1, article.publishedAt(), article.publishedAt(), storylineId,
                new TreeMap<>(vectors.entities()), bounded(vectors.terms()), new TreeMap<>(vectors.titles()));
    }

    /**
     * This story with one more article. Only its first {@code coreSize} articles shape the profile: what a story
     * is about is what its first reports said, and a profile that kept adding every article would drift towards
     * the topic its articles share (a war, a royal family) and draw in every report of that topic.
     */
    public StoryProfile with(StoryArticle article, ArticleVectors vectors, int coreSize) {
        boolean core = articleCount < coreSize;
        return new StoryProfile(id, title, articleCount + 1, min(firstPublishedAt, article.publishedAt()),
                max(lastPublishedAt, article.publishedAt()), storylineId,
                core ? sum(entities, vectors.entities()) : entities,
                core ? bounded(sum(terms, vectors.terms())) : terms, core ? sum(titles, vectors.titles()) : titles);
    }

    /** This story having absorbed {@code other} (a merge): its id, title and storyline stay. */
    public StoryProfile absorbing(StoryProfile other) {
        return new StoryProfile(id, title, articleCount + other.articleCount, min(firstPublishedAt,
                other.firstPublishedAt), max(lastPublishedAt, other.lastPublishedAt), storylineId,
                sum(entities, other.entities), bounded(sum(terms, other.terms)), sum(titles, other.titles));
    }

    /** How far {@code at} lies outside this story's span (zero inside it). */
    public Duration gapTo(Instant at) {
        if (at.isBefore(firstPublishedAt)) {
            return Duration.between(at, firstPublishedAt);
        }
        return at.isAfter(lastPublishedAt) ? Duration.between(lastPublishedAt, at) : Duration.ZERO;
    }

    private static Map<String, Double> sum(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Double::sum));
        return sum;
    }

    private static Map<String, Double> bounded(Map<String, Double> terms) {
        if (terms.size() <= MAX_TERMS) {
            return new TreeMap<>(terms);
        }
        return terms.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TERMS)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, TreeMap::new));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The tie-break order of stories: older first, then by id. */
    static final Comparator<StoryProfile> OLDEST_FIRST = Comparator.comparing(StoryProfile::firstPublishedAt)
            .thenComparing(StoryProfile::id);
}
