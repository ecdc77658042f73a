package org.marsad.nlp.core.ner;

import org.junit.jupiter.api.Test;
import org.marsad.events.EntityType;
import org.marsad.nlp.core.Token;
import org.marsad.nlp.core.Tokenizer;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BioEncoderTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private final BioEncoder encoder = new BioEncoder(TOKENIZER);

    private String[] labels(String text, AnnotatedEntity... entities) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        return Arrays.stream(encoder.encode(tokens, List.of(entities))).mapToObj(BioLabels::name).toArray(String[]::new);
    }

    @Test
    void labelsEveryOccurrenceOfEveryFormLongestFirst() {
        String[] labels = labels("قال فلاديمير بوتين إن بوتين يزور موسكو",
                new AnnotatedEntity(EntityType.PERSON, List.of("بوتين", "فلاديمير بوتين")),
                new AnnotatedEntity(EntityType.LOCATION, List.of("موسكو")));
        assertThat(labels).containsExactly("O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-LOCATION");
    }

    @Test
    void findsFormsBehindAttachedProclitics() {
        String[] labels = labels("وبوتين للأمم المتحدة",
                new AnnotatedEntity(EntityType.PERSON, List.of("بوتين")),
                new AnnotatedEntity(EntityType.ORGANIZATION, List.of("الأمم المتحدة")));
        assertThat(labels).containsExactly("B-PERSON", "B-ORGANIZATION", "I-ORGANIZATION");
    }

    @Test
    void aShorterFormNeverRelabelsALongerName() {
        String[] labels = labels("Real Madrid beat Madrid side",
                new AnnotatedEntity(EntityType.ORGANIZATION, List.of("Real Madrid")),
                new AnnotatedEntity(EntityType.LOCATION, List.of("Madrid")));
        assertThat(labels).containsExactly("B-ORGANIZATION", "I-ORGANIZATION", "O", "B-LOCATION", "O");
    }

    @Test
    void decodesLabelsIntoSpans() {
        int[] labels = {0, BioLabels.begin(EntityType.PERSON), BioLabels.inside(EntityType.PERSON),
                BioLabels.begin(EntityType.LOCATION), BioLabels.begin(EntityType.LOCATION), 0};
        assertThat(BioEncoder.decode(labels)).containsExactly(new TaggedSpan(1, 3, EntityType.PERSON),
                new TaggedSpan(3, 4, EntityType.LOCATION), new TaggedSpan(4, 5, EntityType.LOCATION));
    }

    @Test
    void insideLabelsOnlyFollowTheirOwnType() {
        assertThat(BioLabels.allowed(-1, BioLabels.inside(EntityType.PERSON))).isFalse();
        assertThat(BioLabels.allowed(BioLabels.begin(EntityType.LOCATION), BioLabels.inside(EntityType.PERSON))).isFalse();
        assertThat(BioLabels.allowed(BioLabels.begin(EntityType.PERSON), BioLabels.inside(EntityType.PERSON))).isTrue();
        assertThat(BioLabels.allowed(BioLabels.OUTSIDE, BioLabels.begin(EntityType.MISC))).isTrue();
    }
}
