package org.marsad.nlp.core.ner;

import org.junit.jupiter.api.Test;
import org.marsad.nlp.core.Tokenizer;
import org.marsad.nlp.core.WordFrequencies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordClustersTest {

    private static WordClusters clusters(String lines) throws IOException {
        return WordClusters.load(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEachWordsClusterAtEveryGranularity() throws IOException {
        WordClusters clusters = clusters("# word, k = 2, 8, 32\nبوتين\t1\t5\t17\nماكرون\t1\t5\t18\nقال\t0\t2\t3\n");
        assertThat(clusters.levels()).isEqualTo(3);
        assertThat(clusters.size()).isEqualTo(3);
        int putin = clusters.find("بوتين");
        assertThat(new int[] {clusters.cluster(putin, 0), clusters.cluster(putin, 1), clusters.cluster(putin, 2)})
                .containsExactly(1, 5, 17);
        assertThat(clusters.cluster(clusters.find("قال"), 2)).isEqualTo(3);
        assertThat(clusters.find("ترامب")).isEqualTo(WordClusters.ABSENT);
        assertThat(clusters.cluster(WordClusters.ABSENT, 0)).isEqualTo(WordClusters.ABSENT);
    }

    @Test
    void refusesALineWithTooFewClusters() {
        assertThatThrownBy(() -> clusters("بوتين\t1\t5\t17\nماكرون\t1\t5\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void wordsOfOneClusterShareTheirClusterFeaturesAndTheirNeighboursToo() throws IOException {
        WordClusters together = clusters("بوتين\t1\t5\t17\nماكرون\t1\t5\t17\nقال\t0\t2\t3\n");
        WordClusters apart = clusters("بوتين\t1\t5\t17\nماكرون\t2\t6\t18\nقال\t0\t2\t3\n");
        // the name itself shares its three clusters; the word before it, the three clusters of the word after
        assertThat(sharedFeatures(together, 1) - sharedFeatures(apart, 1)).isEqualTo(3);
        assertThat(sharedFeatures(together, 0) - sharedFeatures(apart, 0)).isEqualTo(3);
    }

    /** How many features token {@code i} of "قال بوتين" and of "قال ماكرون" have in common. */
    private static long sharedFeatures(WordClusters clusters, int i) {
        ArabicFeatures features = new ArabicFeatures(WordFrequencies.loadDefault(), Set.of(), clusters);
        long[] a = features.extract(document("قال بوتين"))[i];
        Set<Long> inA = new HashSet<>();
        Arrays.stream(a).forEach(inA::add);
        return Arrays.stream(features.extract(document("قال ماكرون"))[i]).filter(inA::contains).count();
    }

    private static NerDocument document(String text) {
        return new NerDocument(text, new Tokenizer().tokenize(text), List.of());
    }

    @Test
    void theCommittedClustersPutLeadersTogetherAndCitiesTogether() {
        WordClusters arabic = WordClusters.loadDefault("ar");
        assertThat(arabic.size()).isGreaterThan(50_000);
        assertThat(finest(arabic, "بوتين")).isEqualTo(finest(arabic, "ترامب")).isEqualTo(finest(arabic, "ماكرون"))
                .isNotEqualTo(finest(arabic, "قال")).isNotEqualTo(WordClusters.ABSENT);
        WordClusters english = WordClusters.loadDefault("en");
        assertThat(finest(english, "paris")).isEqualTo(finest(english, "london"))
                .isNotEqualTo(finest(english, "said")).isNotEqualTo(WordClusters.ABSENT);
    }

    private static int finest(WordClusters clusters, String word) {
        return clusters.cluster(clusters.find(word), clusters.levels() - 1);
    }
}
