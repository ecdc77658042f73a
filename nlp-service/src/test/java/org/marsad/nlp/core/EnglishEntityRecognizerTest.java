package org.marsad.nlp.core;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** English names on sentences written for these tests. */
class EnglishEntityRecognizerTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static EnglishEntityRecognizer recognizer;

    @BeforeAll
    static void build() {
        recognizer = new EnglishEntityRecognizer(EntityLexicon.loadDefault(), TOKENIZER);
    }

    private static List<Entity> recognize(String text) {
        return recognizer.recognize(text, TOKENIZER.tokenize(text));
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static EntityType typeOf(List<Entity> entities, String name) {
        return named(entities, name).map(Entity::type).orElse(null);
    }

    @Test
    void findsPersonsAfterTitlesRolesAndGivenNamesAndBeforeSaid() {
        List<Entity> entities = recognize("Mr Okonkwo met chief executive Harriet Vexley and Prime Minister "
                + "Tomas Brandvold. Later, Oluwaseun Adeyemi-Fairweather said the deal was off.");
        assertThat(typeOf(entities, "Okonkwo")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Harriet Vexley")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Tomas Brandvold")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Oluwaseun Adeyemi-Fairweather")).isEqualTo(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).doesNotContain("Prime Minister", "Mr Okonkwo", "Later");
    }

    @Test
    void aLoneFamilyNameJoinsTheFullNameWhereverItComes() {
        List<Entity> entities = recognize("Brandvold was late. Analysts expect Harriet Brandvold to resign, "
                + "and Brandvold's allies agree.");
        List<Entity> persons = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(persons).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Harriet Brandvold");
            assertThat(p.mentions()).extracting(Mention::text)
                    .containsExactly("Brandvold", "Harriet Brandvold", "Brandvold");
        });
    }

    @Test
    void typesOrganisationsByTheirHeadWords() {
        List<Entity> entities = recognize("Shares in Quillmore Holdings rose after Varn Motors Inc and the "
                + "Bank of Tarsia joined Ostrava United and the Green Meadow Party in the deal.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactlyInAnyOrder("Quillmore Holdings", "Varn Motors Inc", "Bank of Tarsia",
                        "Ostrava United", "Green Meadow Party");
    }

    @Test
    void anAcronymJoinsTheOrganisationItAbbreviates() {
        List<Entity> entities = recognize("The Federation of Small Brewers (FSB) complained. The FSB wants "
                + "lower duty.");
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(e.mentions()).extracting(Mention::text)
                    .containsExactly("Federation of Small Brewers", "FSB", "FSB");
        });
    }

    @Test
    void aNewspaperNamedAfterACityIsAnOrganisationNotThePlace() {
        List<Entity> entities = recognize("The story ran in the Washington Post and the Springfield Herald, "
                + "and reporters in Washington read it.");
        assertThat(named(entities, "Washington Post")).get().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(e.mentions()).extracting(Mention::text).containsExactly("Washington Post");
        });
        assertThat(typeOf(entities, "Springfield Herald")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Washington")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void demonymsGenericWordsAndSentenceStartsAreNoEntities() {
        assertThat(recognize("Russian officials said the regime and the government had agreed.")).isEmpty();
        assertThat(recognize("The British Government said. However, Sales rose on Monday in January.")).isEmpty();
        assertThat(recognize("Russian President Vladimir Putin spoke.")).extracting(Entity::id)
                .containsExactly("per:vladimir-putin");
    }

    @Test
    void sharesIdsWithArabicThroughTheLexicon() {
        List<Entity> entities = recognize("Bashar al-Assad met Vladimir Putin in Astana. Assad and Putin then "
                + "flew to Syria, where Donald Trump's envoy waited; Trump later called.");
        assertThat(entities).extracting(Entity::id).containsExactly("per:bashar-al-assad",
                "per:vladimir-putin", "loc:astana", "loc:SY", "per:donald-trump");
        Entity assad = entities.get(0);
        assertThat(assad.mentions()).extracting(Mention::text).containsExactly("Bashar al-Assad", "Assad");
        assertThat(assad.aliases()).contains("بشار الأسد");
        assertThat(entities.get(4).mentions()).extracting(Mention::text).containsExactly("Donald Trump", "Trump");
    }

    @Test
    void englishAndArabicArticlesGiveTheSameIds() {
        EntityRecognizer both = new EntityRecognizer(EntityLexicon.loadDefault(), TOKENIZER, new Stopwords());
        String english = "Donald Trump and Bashar al-Assad spoke of Syria and Astana.";
        String arabic = "تحدث ترمب والرئيس بشار الأسد عن سوريا وأستانا.";
        List<String> en = both.recognize(english, TOKENIZER.tokenize(english), "en").stream().map(Entity::id).toList();
        List<String> ar = both.recognize(arabic, TOKENIZER.tokenize(arabic), "ar").stream().map(Entity::id).toList();
        assertThat(en).containsExactly("per:donald-trump", "per:bashar-al-assad", "loc:SY", "loc:astana");
        assertThat(ar).containsExactlyInAnyOrderElementsOf(en);
    }

    @Test
    void unknownNamesGetTheSameIdInEveryArticle() {
        String first = recognize("Harriet Vexley said so.").get(0).id();
        String second = recognize("Yesterday the coach praised Harriet Vexley again.").get(0).id();
        assertThat(first).startsWith("per:").isEqualTo(second)
                .isEqualTo(EntityIds.unknown(EntityType.PERSON, "harriet vexley"));
    }

    @Test
    void modelCodesAreProductsAndKnownCodesKeepTheirEntity() {
        List<Entity> entities = recognize("Its new phone, the KX-T9200, outsold the ZR45 as COVID-19 spread.");
        assertThat(entities).extracting(Entity::name, Entity::type).containsExactly(
                tuple("KX-T9200", EntityType.MISC),
                tuple("ZR45", EntityType.MISC),
                tuple("COVID-19", EntityType.MISC));
        assertThat(entities.get(2).id()).isEqualTo("misc:covid-19");
    }

    @Test
    void mentionsPointIntoTheText() {
        String text = "\"We will win,\" said Harriet Vexley of Ostrava United in Paris.\nNato and Mr Vexley agree.";
        for (Entity entity : recognize(text)) {
            for (Mention m : entity.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }
}
