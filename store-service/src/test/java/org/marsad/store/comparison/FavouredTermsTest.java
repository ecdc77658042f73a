package org.marsad.store.comparison;

import org.junit.jupiter.api.Test;
import org.marsad.store.comparison.StoryComparison.FavouredTerm;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.comparison.ComparisonFixtures.OPPOSITION;
import static org.marsad.store.comparison.ComparisonFixtures.STATE;

class FavouredTermsTest {

    private final StoryComparison comparison =
            new StoryComparer().compare(List.of(ComparisonFixtures.opposition(), ComparisonFixtures.state()));

    @Test
    void theOppositionCallsTheGovernmentTheRegime() {
        List<FavouredTerm> terms = comparison.favouredTerms().get(OPPOSITION);
        System.out.println(OPPOSITION + " " + terms);
        System.out.println(STATE + " " + comparison.favouredTerms().get(STATE));
        assertThat(terms.get(0).display()).isEqualTo("النظام");
        assertThat(terms).extracting(FavouredTerm::display).contains("رئيس النظام");
        FavouredTerm regime = terms.get(0);
        assertThat(regime.term()).isEqualTo("نظام");
        assertThat(regime.count()).isEqualTo(6);
        assertThat(regime.otherCount()).isZero();
    }

    @Test
    void theStateAgencyTalksOfTheArmyAndMrPresident() {
        List<FavouredTerm> terms = comparison.favouredTerms().get(STATE);
        assertThat(terms).extracting(FavouredTerm::display).contains("الجيش العربي", "السيد الرئيس");
        assertThat(terms).extracting(FavouredTerm::display).doesNotContain("النظام");
    }

    @Test
    void termsBothOutletsUseAlikeAreFavouredByNeither() {
        // إدلب, كفرنبل and the envoy's words are in both reports
        assertThat(comparison.favouredTerms().values()).allSatisfy(terms -> assertThat(terms)
                .extracting(FavouredTerm::term).doesNotContain("ادلب", "كفرنبل", "مدني"));
    }

    @Test
    void scoresAreBestFirst() {
        comparison.favouredTerms().values().forEach(terms -> assertThat(terms)
                .extracting(FavouredTerm::score).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
    }

    @Test
    void aTermUsedMoreIsMoreClearlyFavoured() {
        // same share of the other side, more uses here: a larger z
        assertThat(FavouredTerms.zScore(8, 500, 0, 500, 1, 100)).isGreaterThan(FavouredTerms.zScore(3, 500, 0, 500, 1, 100));
        assertThat(FavouredTerms.zScore(5, 500, 5, 500, 1, 100)).isZero();
        assertThat(FavouredTerms.zScore(1, 500, 6, 500, 1, 100)).isNegative();
    }
}
