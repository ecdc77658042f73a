package org.marsad.bench.ner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordClusterBuilderTest {

    /** Forms by id: four words, then their contexts and the line break. */
    private static final String[] FORMS = {"بوتين", "ماكرون", "الرياض", "جده", "قال", "الرئيس", "في", "مدينه", "\n"};

    /** Persons after "قال الرئيس", cities after "في مدينه": words used alike, whatever they are. */
    private static CorpusWords corpus() {
        List<Integer> sequence = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (int[] line : new int[][] {{4, 5, 0}, {4, 5, 1}, {6, 7, 2}, {6, 7, 3}}) {
                for (int id : line) {
                    sequence.add(id);
                }
                sequence.add(8);
            }
        }
        int[] ids = sequence.stream().mapToInt(Integer::intValue).toArray();
        int[] counts = new int[FORMS.length];
        for (int id : ids) {
            counts[id]++;
        }
        return new CorpusWords(FORMS, counts, ids);
    }

    @Test
    void wordsUsedInTheSameContextsShareAClusterAndOthersDoNot() {
        ContextVectors contexts = ContextVectors.of(corpus(), 4, FORMS.length);
        assertThat(contexts.rows()).isEqualTo(4);
        assertThat(contexts.width()).isEqualTo(4 * FORMS.length);

        int[] clusters = SphericalKMeans.cluster(RandomizedSvd.embed(contexts, 2, 7), 2, 7);

        assertThat(clusters[0]).isEqualTo(clusters[1]).isZero(); // the most frequent word's cluster is 0
        assertThat(clusters[2]).isEqualTo(clusters[3]).isNotEqualTo(clusters[0]);
    }

    @Test
    void theSameInputAndSeedGiveTheSameClusters() {
        ContextVectors contexts = ContextVectors.of(corpus(), 4, FORMS.length);
        double[][] first = RandomizedSvd.embed(contexts, 2, 11);
        double[][] second = RandomizedSvd.embed(contexts, 2, 11);
        assertThat(first).isDeepEqualTo(second);
        assertThat(SphericalKMeans.cluster(first, 2, 3)).containsExactly(SphericalKMeans.cluster(second, 2, 3));
    }

    @Test
    void punctuationAndLineBreaksAreContextsButNotWords() {
        assertThat(CorpusWords.isWord("بوتين")).isTrue();
        assertThat(CorpusWords.isWord("2018")).isTrue();
        assertThat(CorpusWords.isWord(":")).isFalse();
        assertThat(CorpusWords.isWord(CorpusWords.LINE_BREAK)).isFalse();
        assertThat(CorpusWords.isWord("")).isFalse();
    }
}
