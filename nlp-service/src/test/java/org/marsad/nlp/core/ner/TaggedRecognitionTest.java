package org.marsad.nlp.core.ner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.Entity;
import org.marsad.events.Mention;
import org.marsad.nlp.core.EntityLexicon;
import org.marsad.nlp.core.EntityRecognizer;
import org.marsad.nlp.core.Stopwords;
import org.marsad.nlp.core.Tokenizer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed taggers in the recogniser: names never run across punctuation, and known names keep their ids. */
class TaggedRecognitionTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void build() {
        NerModels models = NerModels.loadDefault();
        assertThat(models.forLanguage("ar")).as("the committed Arabic model").isNotNull();
        assertThat(models.forLanguage("en")).as("the committed English model").isNotNull();
        recognizer = new EntityRecognizer(EntityLexicon.loadDefault(), TOKENIZER, new Stopwords(), models);
    }

    private static List<Entity> recognize(String text, String language) {
        return recognizer.recognize(text, TOKENIZER.tokenize(text), language);
    }

    @Test
    void aSpeakerBeforeAColonIsNotJoinedToTheQuote() {
        List<Entity> entities = recognize("من جانبه قال الرئيس بوتين: سعيد جداً أن أرحب بكم في موسكو مجدداً", "ar");

        assertThat(entities).filteredOn(e -> e.id().equals("per:vladimir-putin")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).containsExactly("بوتين"));
        assertThat(entities).flatExtracting(Entity::mentions).extracting(Mention::text)
                .noneMatch(t -> t.contains(":"));
    }

    @Test
    void aPersonsTitleIsNotPartOfTheName() {
        List<Entity> entities = recognize("وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة"
                + " إلى الرئيس الباجي قايد السبسي", "ar");
        assertThat(entities).flatExtracting(Entity::mentions).extracting(Mention::text).isNotEmpty()
                .noneMatch(t -> t.startsWith("الملك") || t.startsWith("الرئيس"));
    }

    @Test
    void aPlaceWithItsHeadNounIsTheKnownPlace() {
        List<Entity> entities = recognize("والتقى بالأسد في قاعدة حميميم بريف اللاذقية، ثم زار دمشق", "ar");
        assertThat(entities).extracting(Entity::id).contains("loc:latakia", "loc:damascus");
    }

    @Test
    void englishNamesKeepTheLexiconsIdsSharedWithArabic() {
        List<Entity> entities = recognize("Russian President Vladimir Putin met Bashar al-Assad in Sochi. Putin said", "en");
        assertThat(entities).filteredOn(e -> e.id().equals("per:vladimir-putin")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("Vladimir Putin", "Putin"));
    }
}
