package org.marsad.bench.stories;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pairwise scores of a small clustering, and of two corpora taken together. */
class PairwiseScoresTest {

    @Test
    void countsPairsAgainstTheGold() {
        // gold: {a, b, c} one event, d alone; predicted: {a, b} {c, d}
        PairwiseScores s = PairwiseScores.of(Map.of("a", "e", "b", "e", "c", "e", "d", "distractor-1"),
                Map.of("a", "s1", "b", "s1", "c", "s2", "d", "s2"));

        assertThat(s).isEqualTo(new PairwiseScores(1, 1, 2));
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1 / 3.0);
    }

    @Test
    void corporaTakenTogetherAddTheirPairs() {
        PairwiseScores both = new PairwiseScores(3, 1, 2).plus(new PairwiseScores(5, 0, 4));

        assertThat(both).isEqualTo(new PairwiseScores(8, 1, 6));
        assertThat(both.f1()).isEqualTo(2 * (8 / 9.0) * (8 / 14.0) / (8 / 9.0 + 8 / 14.0));
    }
}
