package org.marsad.bench.eval;

import org.junit.jupiter.api.Test;
import org.marsad.events.EntityType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.marsad.events.EntityType.LOCATION;
import static org.marsad.events.EntityType.ORGANIZATION;
import static org.marsad.events.EntityType.PERSON;

class EntityScorerTest {

    private static GoldEntity gold(EntityType type, String... forms) {
        return new GoldEntity(type, forms[0], List.of(forms));
    }

    private static PredictedEntity predicted(EntityType type, String name, String... mentions) {
        return new PredictedEntity(type, name, List.of(mentions));
    }

    private static ArticleScore score(List<GoldEntity> gold, List<PredictedEntity> predicted) {
        return EntityScorer.score(new GoldArticle("fixture", "a1", "ar", "outlet", gold), predicted);
    }

    @Test
    void findsAGoldEntityByAMentionOrByTheNameSpelledWithoutHamzaOrTaMarbuta() {
        ArticleScore s = score(
                List.of(gold(PERSON, "بشار الأسد", "الأسد"), gold(LOCATION, "أستانة")),
                List.of(predicted(PERSON, "Bashar al-Assad", "وبشار الأسد"), predicted(LOCATION, "استانه")));

        assertThat(s.byType().get(PERSON)).isEqualTo(new Counts(1, 1, 1));
        assertThat(s.byType().get(LOCATION)).isEqualTo(new Counts(1, 1, 1));
        assertThat(s.misses()).isEmpty();
        assertThat(s.falsePositives()).isEmpty();
    }

    @Test
    void aWrongTypeIsAMissAndAFalsePositiveButCountsTypeAgnostic() {
        GoldEntity riyadhPaper = gold(ORGANIZATION, "الرياض");
        ArticleScore s = score(List.of(riyadhPaper), List.of(predicted(LOCATION, "الرياض", "الرياض")));

        assertThat(s.byType().get(ORGANIZATION)).isEqualTo(new Counts(1, 0, 0));
        assertThat(s.byType().get(LOCATION)).isEqualTo(new Counts(0, 1, 0));
        assertThat(s.typeAgnostic()).isEqualTo(new Counts(1, 1, 1));
        assertThat(s.misses()).containsExactly(riyadhPaper);
        assertThat(s.falsePositives()).extracting(PredictedEntity::name).containsExactly("الرياض");
    }

    @Test
    void twoPredictionsForOneEntityCountOneMatchAndOneFalsePositive() {
        ArticleScore s = score(List.of(gold(PERSON, "سعد الحريري", "الحريري")),
                List.of(predicted(PERSON, "سعد الحريري"), predicted(PERSON, "الحريري")));

        assertThat(s.all()).isEqualTo(new Counts(1, 2, 1));
        assertThat(s.falsePositives()).hasSize(1);
    }

    @Test
    void onePredictionNeverFindsTwoGoldEntities() {
        // Two brothers share the family name; a single "ألتان" finds one of them, not both.
        ArticleScore s = score(List.of(gold(PERSON, "أحمد", "ألتان"), gold(PERSON, "محمد ألتان", "ألتان")),
                List.of(predicted(PERSON, "ألتان")));

        assertThat(s.all()).isEqualTo(new Counts(2, 1, 1));
        assertThat(s.misses()).hasSize(1);
    }

    @Test
    void pairsForTheLargestNumberOfMatchesWhateverTheOrder() {
        // Greedy pairing would give the broad prediction to the first gold entity and leave the second unmatched.
        ArticleScore s = score(List.of(gold(PERSON, "ألتان", "أحمد"), gold(PERSON, "محمد ألتان", "ألتان")),
                List.of(predicted(PERSON, "ألتان"), predicted(PERSON, "أحمد")));

        assertThat(s.all()).isEqualTo(new Counts(2, 2, 2));
    }

    @Test
    void boundariesCount() {
        ArticleScore s = score(List.of(gold(ORGANIZATION, "BBC Radio 4"), gold(ORGANIZATION, "Real Madrid", "Real")),
                List.of(predicted(ORGANIZATION, "BBC"), predicted(LOCATION, "Madrid")));

        assertThat(s.all().matched()).isZero();
        assertThat(s.typeAgnostic().matched()).isZero();
    }

    @Test
    void countsGivePrecisionRecallAndF1() {
        Counts c = new Counts(10, 8, 6);
        assertThat(c.precision()).isEqualTo(0.75);
        assertThat(c.recall()).isEqualTo(0.6);
        assertThat(c.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
        assertThat(new Counts(3, 0, 0).f1()).isZero();
        assertThat(c.plus(new Counts(1, 2, 1))).isEqualTo(new Counts(11, 10, 7));
    }
}
