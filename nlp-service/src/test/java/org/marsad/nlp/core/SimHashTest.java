package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimHashTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SimHash simHash = new SimHash();

    private String fingerprint(String text) {
        return simHash.fingerprint(tokenizer.tokenize(text));
    }

    @Test
    void isSixteenHexDigitsAndStable() {
        String text = NlpFixtures.ARABIC_BODY;
        assertThat(fingerprint(text)).matches("[0-9a-f]{16}").isEqualTo(fingerprint(text));
    }

    @Test
    void nearDuplicatesAreCloserThanDifferentTexts() {
        String original = NlpFixtures.ARABIC_BODY;
        String edited = original.replace("أمس الثلاثاء", "الثلاثاء").replace("الطاقة والزراعة", "الطاقة");
        String other = NlpFixtures.ENGLISH_BODY;
        int near = SimHash.distance(fingerprint(original), fingerprint(edited));
        int far = SimHash.distance(fingerprint(original), fingerprint(other));
        assertThat(near).isLessThan(12);
        assertThat(far).isGreaterThan(near + 10);
    }

    @Test
    void ignoresDiacriticsAndAlefVariants() {
        assertThat(fingerprint("أعلنت الوزارةُ إطلاق المشروع")).isEqualTo(fingerprint("اعلنت الوزارة اطلاق المشروع"));
    }
}
