package org.marsad.store.comparison;

import org.junit.jupiter.api.Test;
import org.marsad.store.comparison.TermExtractor.Occurrence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermExtractorTest {

    private final TermExtractor extractor = new TermExtractor();

    @Test
    void normalisesAndStemsArabicAndDropsStopwords() {
        List<Occurrence> terms = extractor.extract("وأكد الرئيسان في الاجتماع أن الرئيس", "ar");
        assertThat(terms).extracting(Occurrence::term).contains("رئيس", "اجتماع")
                .doesNotContain("في", "ان", "أن");
        assertThat(terms).filteredOn(o -> o.term().equals("رئيس")).extracting(Occurrence::surface)
                .containsExactly("الرئيسان", "الرئيس");
    }

    @Test
    void bigramsJoinOnlyWordsThatStandTogether() {
        List<Occurrence> terms = extractor.extract("قال رئيس النظام، الجيش العربي السوري في حلب", "ar");
        assertThat(terms).extracting(Occurrence::surface)
                .contains("رئيس النظام", "الجيش العربي", "العربي السوري")
                .doesNotContain("النظام الجيش", "السوري حلب");
    }

    @Test
    void stemsEnglishAndSkipsNumbers() {
        List<Occurrence> terms = extractor.extract("The regime's forces killed 12 civilians; the forces left.", "en");
        assertThat(terms).extracting(Occurrence::term).contains("regim", "forc", "kill", "civilian")
                .doesNotContain("12", "the");
        assertThat(terms).extracting(Occurrence::surface).contains("regime's forces");
    }

    @Test
    void readsArabicAsArabicWhenTheLanguageIsUnknown() {
        assertThat(extractor.extract("والرئيس", "und")).extracting(Occurrence::term).containsExactly("رئيس");
    }
}
