package org.marsad.nlp.core;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.nlp.core.ner.NerModels;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Context decides what a name is when the word alone is ambiguous: a city, a club, a newspaper, a description. */
class ArabicContextRulesTest {

    private static EntityRecognizer recognizer;
    private static final Tokenizer TOKENIZER = new Tokenizer();

    @BeforeAll
    static void build() {
        recognizer = new EntityRecognizer(EntityLexicon.loadDefault(), TOKENIZER, new Stopwords(), NerModels.none());
    }

    private static List<Entity> recognize(String text) {
        return recognizer.recognize(text, TOKENIZER.tokenize(text), "ar");
    }

    private static List<String> namesOfType(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void aCityAfterTeamOrPlayerIsAClubInTheWholeArticle() {
        List<Entity> entities = recognize("فاز فريق ليفربول على منافسه أمس. وقال مدرب ليفربول إن الفوز مستحق.");
        assertThat(namesOfType(entities, EntityType.ORGANIZATION)).contains("ليفربول");
        assertThat(namesOfType(entities, EntityType.LOCATION)).doesNotContain("ليفربول");
    }

    @Test
    void aTeamOfCommonWordsNamesNothing() {
        List<Entity> entities = recognize("اجتمع فريق العمل في المقر لمناقشة الخطة الجديدة.");
        assertThat(entities).noneMatch(e -> e.name().contains("العمل"));
    }

    @Test
    void aNewspaperNamedLikeItsCityIsAnOrganisationWithoutItsHeadNoun() {
        List<Entity> entities = recognize("ذكرت صحيفة \"الرياض\" أن المشروع سيكتمل العام المقبل.");
        assertThat(namesOfType(entities, EntityType.ORGANIZATION)).contains("الرياض");
        assertThat(namesOfType(entities, EntityType.LOCATION)).doesNotContain("الرياض");
    }

    @Test
    void anOrganisationHeadFollowedByAnIndefiniteAdjectiveNamesNothing() {
        List<Entity> entities = recognize("صنفت الحكومة الجماعة منظمة إرهابية بعد اجتماع مجلس الإدارة.");
        assertThat(namesOfType(entities, EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void anOrganisationNameRunsThroughItsGenitives() {
        List<Entity> entities = recognize("أعلنت هيئة الإمارات للمواصفات والمقاييس عن معايير جديدة للسيارات.");
        assertThat(namesOfType(entities, EntityType.ORGANIZATION)).contains("هيئة الإمارات للمواصفات والمقاييس");
    }
}
