package org.marsad.nlp.core.ner;

/** One annotated document for training: each token's feature hashes and its gold label. */
public record TrainingExample(long[][] features, int[] labels) {
}
