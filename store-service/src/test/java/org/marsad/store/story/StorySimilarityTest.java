package org.marsad.store.story;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.marsad.store.story.StoryFixtures.day;

class StorySimilarityTest {

    private final StorySimilarity similarity = new StorySimilarity(StoryRules.DEFAULTS);
    private static final DocumentFrequencies NONE_SEEN = new DocumentFrequencies(0, Map.of());

    private static StoryArticle article(String id, int day, int hour, String title, String text) {
        return StoryFixtures.features(StoryFixtures.en(id, "Wire", day(day, hour), title, text,
                "per:trump|PERSON|Trump", "org:unsc|ORGANIZATION|Security Council", "loc:SY|LOCATION|Syria"));
    }

    @Test
    void splitsTheEntityCosineByTypeAndReadsTheTitleApart() {
        StoryArticle first = article("a", 1, 0, "Security Council votes on Syria",
                "Trump said the Security Council would vote on Syria.");
        StoryArticle second = article("b", 1, 5, "Council vote on Syria fails",
                "The Security Council vote on Syria failed; Trump blamed Russia.");
        StoryProfile story = StoryProfile.founded("s", "s", first, similarity.vectors(first, NONE_SEEN));
        ArticleVectors vectors = similarity.vectors(second, NONE_SEEN);

        MatchFeatures f = StorySimilarity.features(second, vectors, story);

        assertThat(f.persons()).isPositive();
        assertThat(f.organisations()).isPositive();
        assertThat(f.places()).isPositive();
        assertThat(f.others()).isZero();
        // the parts add up to the cosine of the whole entity vectors
        double dot = vectors.entities().entrySet().stream()
                .mapToDouble(e -> e.getValue() * story.entities().getOrDefault(e.getKey(), 0.0)).sum();
        double norm = Math.sqrt(story.entities().values().stream().mapToDouble(w -> w * w).sum());
        assertThat(f.persons() + f.organisations() + f.places()).isCloseTo(dot / norm, within(1e-9))
                .isBetween(0.9, 1.0);
        assertThat(f.title()).isBetween(0.1, 0.99);
        assertThat(f.terms()).isBetween(0.1, 0.99);
        assertThat(f.sinceStart()).isCloseTo(Math.log1p(5), within(1e-9));
        assertThat(f.outsideSpan()).isCloseTo(Math.log1p(5), within(1e-9));
        assertThat(f.size()).isZero();
    }

    @Test
    void scoresTheSameArticleHigherSoonerThanLater() {
        StoryArticle first = article("a", 1, 0, "Security Council votes on Syria",
                "Trump said the Security Council would vote on Syria.");
        StoryProfile story = StoryProfile.founded("s", "s", first, similarity.vectors(first, NONE_SEEN));
        StoryArticle soon = article("b", 1, 2, "Security Council votes on Syria",
                "Trump said the Security Council would vote on Syria.");
        StoryArticle late = article("c", 3, 2, "Security Council votes on Syria",
                "Trump said the Security Council would vote on Syria.");

        double soonScore = similarity.score(StorySimilarity.features(soon, similarity.vectors(soon, NONE_SEEN), story));
        double lateScore = similarity.score(StorySimilarity.features(late, similarity.vectors(late, NONE_SEEN), story));

        assertThat(soonScore).isGreaterThan(lateScore).isBetween(0.0, 1.0);
    }

    @Test
    void weighsFeaturesInTheOrderOfTheirValues() {
        MatchWeights w = MatchWeights.of(new double[]{0, 1, 0, 0, 0, 0, 0, 0, 0, 0});
        MatchFeatures f = new MatchFeatures(2, 0, 0, 0, 0, 0, 0, 0, 0);

        assertThat(w.values()).containsExactly(0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(f.values()[0]).isEqualTo(2);
        assertThat(w.probability(f)).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-12));
    }
}
