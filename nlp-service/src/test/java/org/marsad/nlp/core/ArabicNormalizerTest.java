package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicNormalizerTest {

    @Test
    void foldsAlefYehTehMarbutaAndRemovesDiacriticsAndTatweel() {
        assertThat(ArabicNormalizer.normalize("أستانة")).isEqualTo("استانه");
        assertThat(ArabicNormalizer.normalize("إيران")).isEqualTo("ايران");
        assertThat(ArabicNormalizer.normalize("آذار")).isEqualTo("اذار");
        assertThat(ArabicNormalizer.normalize("مصطفى")).isEqualTo("مصطفي");
        assertThat(ArabicNormalizer.normalize("مُحَمَّدٌ")).isEqualTo("محمد");
        assertThat(ArabicNormalizer.normalize("الرئيـــس")).isEqualTo("الرئيس");
        assertThat(ArabicNormalizer.normalize("ٱلرحمٰن")).isEqualTo("الرحمن");
    }

    @Test
    void foldsPersianLettersDigitsAndLatinCase() {
        assertThat(ArabicNormalizer.normalize("لایت کتاب")).isEqualTo("لايت كتاب");
        assertThat(ArabicNormalizer.normalize("٢٠٢١ و۱۴")).isEqualTo("2021 و14");
        assertThat(ArabicNormalizer.normalize("Sputnik V")).isEqualTo("sputnik v");
    }

    @Test
    void returnsTheSameStringWhenNothingChanges() {
        String text = "already normal";
        assertThat(ArabicNormalizer.normalize(text)).isSameAs(text);
    }

    @Test
    void mapsANormalisedPrefixBackToTheOriginalText() {
        // وَبوتين: the proclitic و carries a fatha; both belong to the prefix
        assertThat(ArabicNormalizer.originalLength("وَبوتين", 1)).isEqualTo(2);
        assertThat(ArabicNormalizer.originalLength("وبوتين", 1)).isEqualTo(1);
        assertThat(ArabicNormalizer.originalLength("وبوتين", 0)).isZero();
    }
}
