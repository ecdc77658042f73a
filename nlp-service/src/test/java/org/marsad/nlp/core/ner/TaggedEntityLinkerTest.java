package org.marsad.nlp.core.ner;

import org.junit.jupiter.api.Test;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;
import org.marsad.nlp.core.EntityIds;
import org.marsad.nlp.core.Tokenizer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaggedEntityLinkerTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private final TaggedEntityLinker linker = new TaggedEntityLinker();

    @Test
    void aFamilyNameJoinsTheFullNameEvenBehindAProclitic() {
        String text = "التقى تشاك هاغل ثم قال لهاغل";
        NerDocument document = new NerDocument(text, TOKENIZER.tokenize(text), List.of());
        List<Entity> entities = linker.link(document, List.of(new TaggedSpan(1, 3, EntityType.PERSON),
                new TaggedSpan(5, 6, EntityType.PERSON)));

        assertThat(entities).hasSize(1);
        Entity hagel = entities.get(0);
        assertThat(hagel.id()).isEqualTo(EntityIds.unknown(EntityType.PERSON, "تشاك هاغل"));
        assertThat(hagel.name()).isEqualTo("تشاك هاغل");
        assertThat(hagel.mentions()).extracting(Mention::text).containsExactly("تشاك هاغل", "هاغل");
    }

    @Test
    void aNameTheRulesFoundKeepsTheirEntityAndProcliticReading() {
        String text = "وقال وبوتين اليوم";
        Entity putin = new Entity("per:vladimir-putin", EntityType.PERSON, "فلاديمير بوتين", List.of("Vladimir Putin"),
                List.of(new Mention("بوتين", 6, 11)));
        NerDocument document = new NerDocument(text, TOKENIZER.tokenize(text), List.of(putin));

        List<Entity> entities = linker.link(document, List.of(new TaggedSpan(1, 2, EntityType.PERSON)));

        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("per:vladimir-putin");
            assertThat(e.aliases()).contains("Vladimir Putin");
            assertThat(e.mentions()).containsExactly(new Mention("بوتين", 6, 11));
        });
    }

    @Test
    void aNameNothingKnowsGetsTheIdOfItsNormalisedTokens() {
        String text = "زار وفد شركة أرامكو";
        NerDocument document = new NerDocument(text, TOKENIZER.tokenize(text), List.of());
        List<Entity> entities = linker.link(document, List.of(new TaggedSpan(2, 4, EntityType.ORGANIZATION)));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(EntityIds.unknown(EntityType.ORGANIZATION, "شركه ارامكو"));
            assertThat(e.name()).isEqualTo("شركة أرامكو");
        });
    }

    @Test
    void aBaseNamedAfterAKnownPlaceIsThatPlaceEvenWithAnAdjectiveAfterIt() {
        String text = "في قاعدة طرطوس البحرية";
        Entity tartus = new Entity("loc:tartus", EntityType.LOCATION, "طرطوس", List.of("Tartus"),
                List.of(new Mention("طرطوس", 9, 14)));
        NerDocument document = new NerDocument(text, TOKENIZER.tokenize(text), List.of(tartus));

        List<Entity> entities = linker.link(document, List.of(new TaggedSpan(1, 4, EntityType.LOCATION)));

        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("loc:tartus");
            assertThat(e.mentions()).containsExactly(new Mention("طرطوس", 9, 14));
        });
        // a noun after the place makes another name: the known place is not taken out of it
        String bank = "في قاعدة طرطوس بنك";
        NerDocument other = new NerDocument(bank, TOKENIZER.tokenize(bank), List.of(tartus));
        assertThat(linker.link(other, List.of(new TaggedSpan(1, 4, EntityType.LOCATION))))
                .extracting(Entity::id).doesNotContain("loc:tartus");
    }

    @Test
    void piecesOfANameTheLexiconKnowsWholeGiveWayToIt() {
        String text = "Bashar al-Assad spoke";
        Entity assad = new Entity("per:bashar-al-assad", EntityType.PERSON, "Bashar al-Assad", List.of(),
                List.of(new Mention("Bashar al-Assad", 0, 15)));
        NerDocument document = new NerDocument(text, TOKENIZER.tokenize(text), List.of(assad));

        List<Entity> entities = linker.link(document, List.of(new TaggedSpan(0, 1, EntityType.LOCATION),
                new TaggedSpan(2, 3, EntityType.LOCATION)));

        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("per:bashar-al-assad");
            assertThat(e.mentions()).containsExactly(new Mention("Bashar al-Assad", 0, 15));
        });
    }
}
