package org.marsad.nlp.core.ner;

import org.junit.jupiter.api.Test;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;
import org.marsad.nlp.core.Tokenizer;
import org.marsad.nlp.core.WordFrequencies;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FeaturesTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final WordFrequencies FREQUENCIES = WordFrequencies.loadDefault();

    private static NerDocument document(String text, List<Entity> rules) {
        return new NerDocument(text, TOKENIZER.tokenize(text), rules);
    }

    @Test
    void splitsOffProcliticsOnlyWhenTheRestIsTheWordNewsWrites() {
        ProcliticSplitter splitter = new ProcliticSplitter(FREQUENCIES);
        assertThat(splitter.split("وبوتين").norm()).isEqualTo("بوتين");
        assertThat(splitter.split("وزاره").prefix()).isZero();
        assertThat(splitter.split("لبنان").prefix()).isZero();
        assertThat(splitter.split("واس").prefix()).isZero(); // not و + اس
    }

    @Test
    void aWordAndTheSameWordWithAProcliticShareTheirStemFeatures() {
        ArabicFeatures features = new ArabicFeatures(FREQUENCIES, Set.of(), WordClusters.none());
        long[] plain = features.extract(document("بوتين", List.of()))[0];
        long[] withProclitic = features.extract(document("وبوتين", List.of()))[0];
        assertThat(withProclitic).containsAnyOf(plain);
        assertThat(withProclitic).isNotEqualTo(plain); // the word as written and the proclitic differ
    }

    @Test
    void theRulesLabelsAreFeatures() {
        EnglishFeatures features = new EnglishFeatures(org.marsad.nlp.core.EnglishNameWords.loadDefault(), WordClusters.none());
        String text = "He met Tony Blair today";
        Entity blair = new Entity("per:tony-blair", EntityType.PERSON, "Tony Blair", List.of(),
                List.of(new Mention("Tony Blair", 7, 17)));
        long[][] without = features.extract(document(text, List.of()));
        long[][] with = features.extract(document(text, List.of(blair)));
        assertThat(with[2]).isNotEqualTo(without[2]);
        assertThat(with[3]).isNotEqualTo(without[3]);
        assertThat(with[0]).isEqualTo(without[0]); // "He": two tokens away, nothing changes
    }

    @Test
    void everyTokenGetsFeaturesAndNoneIsTheEmptySlot() {
        ArabicFeatures features = new ArabicFeatures(FREQUENCIES, Set.of("احمد"), WordClusters.none());
        long[][] extracted = features.extract(document("قال الرئيس أحمد العلي: ٣ مرات", List.of()));
        assertThat(extracted.length).isEqualTo(6);
        for (long[] token : extracted) {
            assertThat(token).hasSizeGreaterThan(15).doesNotContain(0L);
        }
    }

    @Test
    void namesDoNotRunOnAcrossAColonACommaOrASentenceEnd() {
        String text = "قال بوتين: سعيد، جدا. Smith went (home)";
        boolean[] breaks = Gaps.breaks(text, TOKENIZER.tokenize(text));
        assertThat(breaks).containsExactly(false, false, true, true, true, false, true);
    }

    @Test
    void englishShapesTellAcronymsFromCapitalisedWords() {
        assertThat(EnglishFeatures.shape("BBC")).isEqualTo("XX");
        assertThat(EnglishFeatures.shape("I")).isEqualTo("X");
        assertThat(EnglishFeatures.shape("McDonald")).isEqualTo("XxXx");
        assertThat(EnglishFeatures.shape("A380")).isEqualTo("Xd");
    }
}
