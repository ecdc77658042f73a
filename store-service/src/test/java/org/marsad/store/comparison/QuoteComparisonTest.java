package org.marsad.store.comparison;

import org.junit.jupiter.api.Test;
import org.marsad.store.comparison.StoryComparison.OutletQuote;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.comparison.ComparisonFixtures.OPPOSITION;
import static org.marsad.store.comparison.ComparisonFixtures.STATE;

class QuoteComparisonTest {

    private final List<OutletQuote> quotes = new StoryComparer()
            .compare(List.of(ComparisonFixtures.opposition(), ComparisonFixtures.state())).quotes();

    @Test
    void listsEveryQuoteWithItsSpeakerByOutlet() {
        assertThat(quotes).extracting(OutletQuote::outlet).containsExactly(OPPOSITION, OPPOSITION, STATE, STATE);
        assertThat(quotes.get(0).speaker().entityId()).isEqualTo("per:raed-saleh");
        assertThat(quotes.get(2).speaker().text()).isEqualTo("مصدر عسكري");
        assertThat(quotes.get(2).articleId()).isEqualTo("sta1");
    }

    @Test
    void marksTheEnvoysWordsAsCarriedByBoth() {
        assertThat(quotes).filteredOn(q -> "per:geir-pedersen".equals(q.speaker().entityId()))
                .extracting(OutletQuote::outlet, OutletQuote::sharedWith)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OPPOSITION, List.of(STATE)),
                        org.assertj.core.groups.Tuple.tuple(STATE, List.of(OPPOSITION)));
        assertThat(quotes).filteredOn(q -> !"per:geir-pedersen".equals(q.speaker().entityId()))
                .allSatisfy(q -> assertThat(q.sharedWith()).isEmpty());
    }

    @Test
    void nearlyTheSameWordsOrAPartOfThemAreTheSameQuote() {
        assertThat(QuoteComparison.sameWords(Set.of("a", "b", "c", "d", "e"), Set.of("a", "b", "c", "d", "f")))
                .isTrue();
        assertThat(QuoteComparison.sameWords(Set.of("a", "b", "c"), Set.of("a", "b", "c", "x", "y", "z", "w")))
                .as("a part of a longer quote").isTrue();
        assertThat(QuoteComparison.sameWords(Set.of("a", "b", "c", "d", "e"), Set.of("a", "b", "c", "x", "y", "z")))
                .as("most of it, retold").isTrue();
        assertThat(QuoteComparison.sameWords(Set.of("a", "b"), Set.of("a", "b", "x", "y", "z")))
                .as("two words are too few to tell").isFalse();
        assertThat(QuoteComparison.sameWords(Set.of("a", "b", "c", "d"), Set.of("a", "b", "x", "y"))).isFalse();
        assertThat(QuoteComparison.sameWords(Set.of(), Set.of())).isFalse();
    }
}
