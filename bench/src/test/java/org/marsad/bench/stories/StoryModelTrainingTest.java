package org.marsad.bench.stories;

import org.junit.jupiter.api.Test;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryRules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples training learns from: the assigner's decisions on a replay, labelled by the gold. */
class StoryModelTrainingTest {

    private static final Instant T0 = Instant.parse("2018-05-08T06:00:00Z");

    private static StoryArticle article(String id, int hour, String... terms) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String t : terms) {
            counts.put(t, 2);
        }
        return new StoryArticle(id, "outlet-" + id, id, "en", T0.plusSeconds(3600L * hour), List.of(), counts,
                Map.of(terms[0], 1), OptionalLong.empty());
    }

    @Test
    void labelsTheEventsStoriesPositiveAndSkipsDistractorsStoriesWithoutGold() {
        List<StoryArticle> articles = List.of(
                article("n1", 0, "market", "share", "index"),          // not gold
                article("a1", 1, "quake", "coast", "rescu"),           // the event
                article("d1", 2, "market", "share", "index"),          // a distractor: n1's story holds no gold
                article("a2", 3, "quake", "coast", "rescu"),
                article("a3", 4, "quake", "coast", "rescu", "market", "share", "index"));
        GoldGroups gold = new GoldGroups(Map.of("a1", "quake", "a2", "quake", "a3", "quake", "d1", "distractor-1"));
        GroupingEvaluation.Replay replay = new GroupingEvaluation.Replay(StoryCorpus.ANT, gold, articles, Map.of(),
                List.of());

        List<LogisticRegression.Example> examples = StoryModelTraining.examples(replay, StoryRules.DEFAULTS);

        // a2 and a3 each meet the quake story (or stories); a3 also meets the market story, which holds d1
        assertThat(examples).filteredOn(LogisticRegression.Example::positive).hasSizeGreaterThanOrEqualTo(2);
        assertThat(examples).filteredOn(e -> !e.positive()).hasSize(1);
        double[] negative = examples.stream().filter(e -> !e.positive()).findFirst().orElseThrow().x();
        examples.stream().filter(LogisticRegression.Example::positive)
                .forEach(p -> assertThat(p.x()[0]).as("title cosine").isGreaterThan(negative[0]));
    }
}
