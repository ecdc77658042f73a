package org.marsad.nlp.core;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.nlp.core.ner.NerModels;
import org.marsad.events.Mention;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRecognizerTest {

    private static EntityRecognizer recognizer;
    private static final Tokenizer TOKENIZER = new Tokenizer();

    @BeforeAll
    static void build() {
        recognizer = new EntityRecognizer(EntityLexicon.loadDefault(), TOKENIZER, new Stopwords(), NerModels.none());
    }

    private static List<Entity> recognize(String text, String language) {
        return recognizer.recognize(text, TOKENIZER.tokenize(text), language);
    }

    private static Optional<Entity> byId(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Test
    void aNameBeforeALoneTatweelDashIsRecognisedWithoutFailing() {
        // "ـ رحمه الله ـ": the dash is a tatweel, a token whose matching form is empty (it used to throw)
        List<Entity> entities = recognize("غرسه الأمير نايف بن عبد العزيز آل سعود ـ رحمه الله ـ في الوزارة.", "ar");
        assertThat(entities).extracting(Entity::type).contains(EntityType.PERSON);
    }

    @Test
    void aTitleFollowedByALoneConnectorNamesNoOne() {
        List<Entity> entities = recognize("وشارك في ثلاثة أفلام هي \"السيد أبو\" و\"الليلة الأخيرة\".", "ar");
        assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).allSatisfy(m ->
                assertThat(m.end()).isGreaterThan(m.start())));
    }

    @Test
    void findsCountriesAndCitiesInArabicAndEnglishUnderOneId() {
        List<Entity> ar = recognize("وصل الوفد إلى دمشق قادماً من روسيا، ثم زار سوريا وسورية.", "ar");
        List<Entity> en = recognize("The delegation flew from Russia to Damascus in Syria.", "en");
        assertThat(byId(ar, "loc:SY")).get().satisfies(e -> {
            assertThat(e.name()).isEqualTo("سوريا");
            assertThat(e.mentions()).extracting(Mention::text).containsExactly("سوريا", "سورية");
            assertThat(e.aliases()).contains("Syria");
        });
        assertThat(byId(en, "loc:SY")).get().extracting(Entity::name).isEqualTo("Syria");
        assertThat(ar).extracting(Entity::id).contains("loc:damascus", "loc:RU");
        assertThat(en).extracting(Entity::id).contains("loc:damascus", "loc:RU");
    }

    @Test
    void stripsProcliticsFromMentionOffsets() {
        String text = "التقى ماكرون وبوتين وبموسكو";
        List<Entity> entities = recognize(text, "ar");
        Mention putin = byId(entities, "per:vladimir-putin").orElseThrow().mentions().get(0);
        assertThat(putin.text()).isEqualTo("بوتين");
        assertThat(text.substring(putin.start(), putin.end())).isEqualTo("بوتين");
        assertThat(byId(entities, "loc:moscow").orElseThrow().mentions().get(0).text()).isEqualTo("موسكو");
    }

    @Test
    void nationalityAdjectivesAreNotPlaces() {
        List<Entity> entities = recognize("عقدت قمة سورية روسية وقال الوزير الروسي إن الحكومة السورية موافقة", "ar");
        assertThat(entities).extracting(Entity::id).doesNotContain("loc:SY", "loc:RU");
    }

    @Test
    void resolvesAFamilyNameToTheFullNameInTheArticle() {
        List<Entity> entities = recognize("استقبل بشار الأسد ضيفه، ثم قال الأسد إن اللقاء مثمر، وأشاد بالأسد.", "ar");
        Entity assad = byId(entities, "per:bashar-al-assad").orElseThrow();
        assertThat(assad.mentions()).extracting(Mention::text).containsExactly("بشار الأسد", "الأسد", "الأسد");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
    }

    @Test
    void findsUnknownPersonsAfterTitles() {
        String text = "وحضر وزير الخارجية الدكتور سامر الخطيب ووزير الدفاع الروسي أندريه بيلوسوف الاجتماع.";
        List<Entity> persons = recognize(text, "ar").stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(persons).extracting(Entity::name).containsExactly("سامر الخطيب", "أندريه بيلوسوف");
        assertThat(persons).allSatisfy(p -> assertThat(p.id()).matches("per:[0-9a-f]{12}"));
        // the same name in another article gets the same id
        assertThat(recognize("قال سامر الخطيب اليوم إن الوضع مستقر، وأضاف وزير الخارجية الدكتور سامر الخطيب", "ar"))
                .extracting(Entity::id).contains(persons.get(0).id());
    }

    @Test
    void findsOrganisationsByPatternButNotDescriptions() {
        List<Entity> ar = recognize("وأعلنت وزارة الاقتصاد السورية، ونقلت وكالة أنباء النظام الخبر.", "ar");
        assertThat(ar).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("وزارة الاقتصاد السورية");
        List<Entity> en = recognize("A spokesman for the Ministry of Electricity and a professor at Delta Valley "
                + "University spoke.", "en");
        assertThat(en).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("Ministry of Electricity", "Delta Valley University");
    }

    @Test
    void genericWordsAreNotEntities() {
        assertThat(recognize("قال النظام إن الحكومة والبلاد بخير، وإن الرئيس قال ذلك.", "ar")).isEmpty();
        assertThat(recognize("the regime said the government would respond", "en")).isEmpty();
    }

    @Test
    void cityNamesThatAreCommonArabicWordsAreIgnored() {
        assertThat(recognize("ترك الوفد القاعة بعد نوم قصير", "ar")).isEmpty();
    }

    @Test
    void englishNamesNeedCapitals() {
        assertThat(recognize("They will turkey and chad the jordan", "en")).isEmpty();
        assertThat(recognize("Talks in Jordan and Chad", "en")).extracting(Entity::id).containsExactly("loc:JO", "loc:TD");
    }

    @Test
    void nameFollowsTheArticleLanguage() {
        assertThat(byId(recognize("Vladimir Putin spoke.", "en"), "per:vladimir-putin")).get()
                .extracting(Entity::name).isEqualTo("Vladimir Putin");
        assertThat(byId(recognize("Vladimir Putin spoke.", "ar"), "per:vladimir-putin")).get()
                .extracting(Entity::name).isEqualTo("فلاديمير بوتين");
    }

    @Test
    void outputIsDeterministicAndSortedByFirstMention() {
        String text = "زار بوتين دمشق ثم عاد إلى موسكو حيث التقى غوتيريش";
        List<Entity> first = recognize(text, "ar");
        assertThat(recognize(text, "ar")).isEqualTo(first);
        assertThat(first).extracting(e -> e.mentions().get(0).start()).isSorted();
    }

    @Test
    void aKnownGivenNameStartsAPersonWithoutATitleAndItsFamilyNameFollowsItLater() {
        List<Entity> entities = recognize("اعتقلت الشرطة الصحفي أحمد ألتان أمس، وكان ألتان قد كتب مقالاً.", "ar");
        Entity altan = entities.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertThat(altan.name()).isEqualTo("أحمد ألتان");
        assertThat(altan.mentions()).extracting(Mention::text).containsExactly("أحمد ألتان", "ألتان");
    }

    @Test
    void thePrepositionAlaIsNoGivenName() {
        assertThat(recognize("وحصل على مقعد في البرلمان على الرغم من ذلك", "ar"))
                .noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void aPlaceNounAnnouncesAPlaceThatNoGazetteerKnows() {
        List<Entity> entities = recognize("وقعت اشتباكات في بلدة كفرنبودة شمالي البلاد، وفي منطقة عسكرية قريبة", "ar");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::name)
                .contains("كفرنبودة").doesNotContain("عسكرية");
    }

    @Test
    void aDefiniteInstitutionWithItsAdjectivesIsAnOrganisation() {
        List<Entity> entities = recognize("وقضت المحكمة الدستورية بإلغاء القرار", "ar");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("المحكمة الدستورية");
    }
}
