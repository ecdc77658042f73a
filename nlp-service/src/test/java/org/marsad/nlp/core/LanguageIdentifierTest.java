package org.marsad.nlp.core;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = new LanguageIdentifier();
    }

    @Test
    void arabicScriptIsArabic() {
        LanguageGuess guess = identifier.identify("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة", null);
        assertThat(guess.code()).isEqualTo("ar");
        assertThat(guess.confidence()).isGreaterThan(0.9);
    }

    @Test
    void persianLettersMakePersian() {
        assertThat(identifier.identify("این یک متن کوتاه فارسی است که درباره کتاب و زندگی نوشته شده", null).code())
                .isEqualTo("fa");
    }

    @Test
    void latinScriptGoesToTheModel() {
        assertThat(identifier.identify("The minister said on Tuesday that the new hospital would open next month "
                + "after two years of construction work in the northern district.", null).code()).isEqualTo("en");
        assertThat(identifier.identify("Le ministre a déclaré mardi que le nouvel hôpital ouvrirait le mois "
                + "prochain après deux ans de travaux dans le quartier nord de la ville.", null).code()).isEqualTo("fr");
        assertThat(identifier.identify("Der Minister sagte am Dienstag, das neue Krankenhaus werde nach zwei Jahren "
                + "Bauzeit im nächsten Monat im nördlichen Stadtteil eröffnet.", null).code()).isEqualTo("de");
    }

    @Test
    void singleLanguageScriptsNameTheirLanguage() {
        assertThat(identifier.identify("Ο υπουργός δήλωσε ότι το νέο νοσοκομείο θα ανοίξει τον επόμενο μήνα", null)
                .code()).isEqualTo("el");
    }

    @Test
    void tooLittleTextIsUnknownEvenWithAHint() {
        LanguageGuess guess = identifier.identify("OK 12", "en");
        assertThat(guess.code()).isEqualTo("und");
        assertThat(guess.confidence()).isLessThan(0.5);
        assertThat(identifier.identify("", null).code()).isEqualTo("und");
    }

    @Test
    void theHintDoesNotOverruleClearEvidence() {
        assertThat(identifier.identify("The minister said on Tuesday that the new hospital would open next month "
                + "after two years of construction work in the northern district.", "fr").code()).isEqualTo("en");
    }
}
