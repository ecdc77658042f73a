package org.marsad.nlp.core.ner;

/**
 * One annotated document for training: each token's feature hashes, its gold label, and whether a name may run on
 * into it ({@link Gaps#breaks}).
 */
public record TrainingExample(long[][] features, int[] labels, boolean[] breaks) {
}
