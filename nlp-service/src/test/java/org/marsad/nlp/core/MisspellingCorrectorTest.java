package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MisspellingCorrectorTest {

    /** A small word list standing in for the corpus counts. */
    private final WordFrequencies words = WordFrequencies.of(Map.of(
            "رغم", 4000, "القرار", 3000, "سبوتنيك", 50, "مختلف", 3500, "نمو", 1300, "زمان", 180, "رسم", 900,
            "وجود", 5000));
    private final MisspellingCorrector corrector = new MisspellingCorrector(words, Set.of("سبوتنيك"));

    private String correct(String word) {
        return corrector.correct(word, ArabicNormalizer.normalize(word), 1);
    }

    @Test
    void correctsANeighbouringKeyWhenTheCorrectionIsACommonWord() {
        assertThat(correct("رغن")).isEqualTo("رغم");
        assertThat(correct("محتلف")).isEqualTo("مختلف");
    }

    @Test
    void correctsALetterTypedTwice() {
        assertThat(correct("االقرار")).isEqualTo("القرار");
    }

    @Test
    void correctsALongVowelSlippedIntoAKnownName() {
        assertThat(correct("سيبوتنيك")).isEqualTo("سبوتنيك");
    }

    @Test
    void leavesKnownWordsAndTheirInflectedFormsAlone() {
        assertThat(correct("رغم")).isNull();
        assertThat(correct("وبرغم")).isNull(); // proclitics on a known word
        assertThat(correct("وجودهم")).isNull(); // a suffix on a known word
    }

    @Test
    void leavesRareNamesAloneWhenTheEvidenceIsWeak() {
        assertThat(correct("زيمان")).as("a vowel inside a name, the correction only fairly common").isNull();
        assertThat(correct("رسن")).as("a correction not common enough").isNull();
    }

    @Test
    void leavesAWordTheArticleWritesMoreThanOnce() {
        assertThat(corrector.correct("رغن", "رغن", 2)).isNull();
    }

    @Test
    void leavesTwoWordsThatLostTheirSpaceAlone() {
        assertThat(correct("رغمىوجود")).isNull();
    }
}
