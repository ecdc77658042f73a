package org.marsad.bench.stories;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The committed story gold sets are well formed, apart from each other, and the held-out one is big enough. */
class GoldGroupsTest {

    private static final GoldGroups DEV = GoldGroups.load(GoldSet.DEV);
    private static final GoldGroups HELDOUT = GoldGroups.load(GoldSet.HELDOUT);

    @Test
    void theDevSetIsTheOneTheRulesWereTunedOn() {
        assertThat(DEV.events()).isEqualTo(21);
        assertThat(DEV.groupOf()).hasSize(148);
        assertThat(DEV.distractors()).isEqualTo(59);
    }

    @Test
    void theHeldOutSetSharesNoArticleWithTheDevSet() {
        assertThat(HELDOUT.groupOf().keySet()).doesNotContainAnyElementsOf(DEV.groupOf().keySet());
    }

    @Test
    void theHeldOutSetCoversBothCorporaAndSeveralMonths() {
        Map<String, String> ant = part(HELDOUT, false);
        Map<String, String> saudi = part(HELDOUT, true);

        assertThat(HELDOUT.events()).isGreaterThanOrEqualTo(20);
        assertThat(events(ant)).isGreaterThanOrEqualTo(12);
        assertThat(events(saudi)).isGreaterThanOrEqualTo(8);
        // ANT ids end in the publication day (yyyyMMdd): events from May, July, August and September 2018
        Set<String> months = ant.entrySet().stream().filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .map(e -> e.getKey().substring(e.getKey().length() - 4, e.getKey().length() - 2))
                .collect(Collectors.toSet());
        assertThat(months).contains("05", "07", "08", "09").doesNotContain("02", "03");
    }

    @Test
    void everyHeldOutEventHasSeveralReportsAndTwiceAsManyDistractors() {
        Map<String, Long> reports = HELDOUT.groupOf().values().stream().filter(g -> !GoldGroups.isDistractor(g))
                .collect(Collectors.groupingBy(g -> g, Collectors.counting()));

        assertThat(reports.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(HELDOUT.distractors()).isGreaterThanOrEqualTo(2 * HELDOUT.eventArticles());
    }

    @Test
    void eachAntEventIsToldBySeveralOutlets() {
        // ANT ids start with the outlet: AL, BB, CN, FR, SK
        Map<String, Set<String>> outlets = part(HELDOUT, false).entrySet().stream()
                .filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(e -> e.getKey().substring(0, 2), Collectors.toSet())));

        assertThat(outlets).allSatisfy((event, names) -> assertThat(names).as(event).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void theHeldOutFileSaysItMustNeverBeTunedOn() throws IOException {
        try (InputStream in = GoldGroups.class.getResourceAsStream(GoldSet.HELDOUT.resource())) {
            String header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
            assertThat(header).contains("NEVER use it to tune").contains("blind");
        }
        assertThat(GoldSet.HELDOUT.tunable()).isFalse();
        assertThat(GoldSet.DEV.tunable()).isTrue();
    }

    @Test
    void goldSetsAreNamedOnTheCommandLine() {
        assertThat(GoldSet.named("dev")).isEqualTo(GoldSet.DEV);
        assertThat(GoldSet.named("heldout")).isEqualTo(GoldSet.HELDOUT);
        assertThatThrownBy(() -> GoldSet.named("test")).hasMessageContaining("unknown gold set");
    }

    @Test
    void restrictingKeepsOnlyTheGivenArticles() {
        GoldGroups saudi = HELDOUT.restrictedTo(part(HELDOUT, true).keySet());

        assertThat(saudi.groupOf()).isEqualTo(part(HELDOUT, true));
        assertThat(saudi.events() + GoldGroups.load(GoldSet.HELDOUT).restrictedTo(part(HELDOUT, false).keySet()).events())
                .isEqualTo(HELDOUT.events());
    }

    private static Map<String, String> part(GoldGroups gold, boolean saudi) {
        return gold.groupOf().entrySet().stream().filter(e -> e.getKey().startsWith("snn-") == saudi)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long events(Map<String, String> groups) {
        return groups.values().stream().filter(g -> !GoldGroups.isDistractor(g)).distinct().count();
    }
}
