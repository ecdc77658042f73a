package org.marsad.nlp.core.ner;

/**
 * The word-cluster features shared by the extractors: the clusters of the token, the word before and the word
 * after, at every granularity (coarse ones generalise, fine ones tell apart), as Turian et al. (2010) and Ratinov
 * and Roth (2009) use Brown-cluster prefixes. A word without a cluster has the cluster "absent"; outside the
 * document, "edge".
 */
final class ClusterFeatures {

    private static final int EDGE = -2;
    private static final int[] OFFSETS = {0, -1, 1};

    private final WordClusters clusters;
    private final int firstTemplate;

    /** Uses the templates {@code firstTemplate} to {@code firstTemplate + 3 * levels - 1}. */
    ClusterFeatures(WordClusters clusters, int firstTemplate) {
        this.clusters = clusters;
        this.firstTemplate = firstTemplate;
    }

    /** Each word's index in the clusters. */
    int[] find(String[] words) {
        int[] found = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            found[i] = clusters.find(words[i]);
        }
        return found;
    }

    void add(FeatureSink sink, int[] found, int i) {
        int template = firstTemplate;
        for (int offset : OFFSETS) {
            int at = i + offset;
            boolean inside = at >= 0 && at < found.length;
            for (int level = 0; level < clusters.levels(); level++) {
                sink.add(template++, inside ? clusters.cluster(found[at], level) : EDGE);
            }
        }
    }
}
