package org.marsad.store.story;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.story.StoryFixtures.day;

class StoryAssignerTest {

    private final InMemoryStoryIndex index = new InMemoryStoryIndex();
    private final StoryAssigner assigner = new StoryAssigner(index, StoryRules.DEFAULTS);

    private static List<StoryArticle> storylineWithDistractors() {
        List<StoryArticle> all = new ArrayList<>(StoryFixtures.attack());
        all.add(StoryFixtures.distractors().get(0));
        all.addAll(StoryFixtures.unVote());
        all.add(StoryFixtures.distractors().get(1));
        all.addAll(StoryFixtures.strikes());
        all.add(StoryFixtures.distractors().get(2));
        return all;
    }

    private Map<String, Assignment> assignAll(List<StoryArticle> articles) {
        Map<String, Assignment> placed = new LinkedHashMap<>();
        articles.forEach(a -> placed.put(a.id(), assigner.assign(a)));
        return placed;
    }

    @Test
    void keepsTheAttackTheVoteAndTheStrikesApartAsOneStoryline() {
        Map<String, Assignment> placed = assignAll(storylineWithDistractors());

        String attack = placed.get("attack-1").storyId();
        String vote = placed.get("vote-1").storyId();
        String strikes = placed.get("strikes-1").storyId();
        assertThat(List.of(attack, vote, strikes)).doesNotHaveDuplicates();
        assertThat(placed.get("attack-2").storyId()).isEqualTo(attack);
        assertThat(placed.get("attack-3").storyId()).isEqualTo(attack);
        assertThat(placed.get("vote-2").storyId()).isEqualTo(vote);
        assertThat(placed.get("strikes-2").storyId()).isEqualTo(strikes);
        for (String other : List.of("other-1", "other-2", "other-3")) {
            assertThat(placed.get(other).newStory()).as(other).isTrue();
            assertThat(placed.get(other).linkedStoryIds()).as(other).isEmpty();
        }

        assertThat(placed.get("vote-1").linkedStoryIds()).containsExactly(attack);
        assertThat(placed.get("strikes-1").linkedStoryIds()).containsExactly(vote);
        assertThat(List.of(vote, strikes)).allSatisfy(id ->
                assertThat(index.story(id).orElseThrow().storylineId()).isEqualTo(attack));
        assertThat(index.story(placed.get("other-2").storyId()).orElseThrow().storylineId())
                .isNotEqualTo(attack);
    }

    @Test
    void mergesTwoStoriesThatALaterArticleBridges() {
        List<StoryArticle> flood = StoryFixtures.flood();
        Assignment dam = assigner.assign(flood.get(0));
        Assignment rescue = assigner.assign(flood.get(1));
        assertThat(rescue.storyId()).as("the halves start apart").isNotEqualTo(dam.storyId());

        Assignment bridge = assigner.assign(flood.get(2));

        assertThat(bridge.storyId()).isEqualTo(dam.storyId());
        assertThat(bridge.mergedStoryIds()).containsExactly(rescue.storyId());
        assertThat(index.resolve(rescue.storyId())).isEqualTo(dam.storyId());
        assertThat(index.storyOf("flood-rescue")).contains(dam.storyId());
        assertThat(index.story(rescue.storyId()).orElseThrow().articleCount()).isEqualTo(3);
    }

    @Test
    void givesTheSameStoriesForTheSameInputOrder() {
        List<StoryArticle> articles = new ArrayList<>(storylineWithDistractors());
        articles.addAll(StoryFixtures.flood());
        Map<String, Assignment> first = assignAll(articles);

        StoryAssigner again = new StoryAssigner(new InMemoryStoryIndex(), StoryRules.DEFAULTS);
        Map<String, Assignment> second = new LinkedHashMap<>();
        articles.forEach(a -> second.put(a.id(), again.assign(a)));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void neverMovesAnArticleItPlacedBefore() {
        Map<String, Assignment> placed = assignAll(storylineWithDistractors());
        StoryProfile before = index.story(placed.get("vote-1").storyId()).orElseThrow();

        // replayed, and once more after a version with the text of another story
        Assignment replay = assigner.assign(StoryFixtures.unVote().get(0));
        StoryArticle rewritten = StoryFixtures.features(StoryFixtures.en("vote-1", "Wire", day(7, 2), "Missiles hit facilities near Damascus",
                StoryFixtures.strikes().get(1).terms().keySet().toString()));
        Assignment rewrite = assigner.assign(rewritten);

        assertThat(replay.alreadyAssigned()).isTrue();
        assertThat(replay.storyId()).isEqualTo(placed.get("vote-1").storyId());
        assertThat(rewrite.storyId()).isEqualTo(placed.get("vote-1").storyId());
        assertThat(index.story(before.id())).contains(before);
    }

    @Test
    void putsANearDuplicateInTheStoryOfItsOriginal() {
        long original = 0x5DEECE66DL << 20 | 0xABCDEL;
        StoryArticle wire = StoryFixtures.features(StoryFixtures.withFingerprint("wire", "Agency", day(30, 1), "Quake strikes the coast",
                "A strong earthquake struck the coast early on Monday.", String.format("%016x", original)));
        StoryArticle copy = StoryFixtures.features(StoryFixtures.withFingerprint("copy", "Paper", day(30, 3), "Minister resigns",
                "The minister resigned on Monday.", String.format("%016x", original ^ 0b101L)));
        StoryArticle far = StoryFixtures.features(StoryFixtures.withFingerprint("far", "Paper", day(30, 4), "Markets fall",
                "Shares fell across the region.", String.format("%016x", original ^ 0xF0F0L)));

        Assignment first = assigner.assign(wire);
        Assignment second = assigner.assign(copy);
        Assignment third = assigner.assign(far);

        assertThat(second.storyId()).isEqualTo(first.storyId());
        assertThat(second.nearDuplicates()).containsExactly(new NearDuplicate("wire", first.storyId(), 2));
        assertThat(third.nearDuplicates()).isEmpty();
        assertThat(third.storyId()).isNotEqualTo(first.storyId());
    }
}
