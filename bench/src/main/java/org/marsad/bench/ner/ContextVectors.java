package org.marsad.bench.ner;

import java.util.Arrays;

/**
 * Each frequent word's contexts as a sparse row of positive pointwise mutual information (PPMI): which of the
 * most frequent forms (words, punctuation, line breaks) stand one or two places before and after it, each position
 * its own column block. Context probabilities are smoothed to the power 0.75 (Levy, Goldberg and Dagan 2015), so
 * that rare contexts do not dominate.
 *
 * @param rowStart row r's entries are {@code [rowStart[r], rowStart[r + 1])}
 * @param columns  {@code position * contexts + context rank}
 * @param values   the PPMI of each entry
 * @param width    the number of columns
 */
record ContextVectors(int[] rowStart, int[] columns, float[] values, int width) {

    static final int[] OFFSETS = {-2, -1, 1, 2};
    private static final double SMOOTHING = 0.75;
    /** Rows counted per pass: a dense block of counts of this many rows at a time keeps memory bounded. */
    private static final int BLOCK = 2048;

    int rows() {
        return rowStart.length - 1;
    }

    /** Rows for the {@code words} most frequent forms, columns for the {@code contexts} most frequent. */
    static ContextVectors of(CorpusWords corpus, int words, int contexts) {
        int[] sequence = corpus.sequence();
        int width = OFFSETS.length * contexts;
        double[] contextWeight = smoothedProbabilities(corpus.counts(), contexts);
        int[] rowStart = new int[words + 1];
        int[] columns = new int[1 << 20];
        float[] values = new float[columns.length];
        int size = 0;
        int[] counts = new int[BLOCK * width];
        for (int first = 0; first < words; first += BLOCK) {
            int last = Math.min(words, first + BLOCK);
            Arrays.fill(counts, 0);
            for (int t = 2; t < sequence.length - 2; t++) {
                int word = sequence[t];
                if (word < first || word >= last) {
                    continue;
                }
                int row = (word - first) * width;
                for (int p = 0; p < OFFSETS.length; p++) {
                    int context = sequence[t + OFFSETS[p]];
                    if (context < contexts) {
                        counts[row + p * contexts + context]++;
                    }
                }
            }
            for (int word = first; word < last; word++) {
                rowStart[word] = size;
                int row = (word - first) * width;
                double wordCount = corpus.counts()[word];
                for (int column = 0; column < width; column++) {
                    int n = counts[row + column];
                    if (n == 0) {
                        continue;
                    }
                    double pmi = StrictMath.log(n / (wordCount * contextWeight[column % contexts]));
                    if (pmi > 0) {
                        if (size == columns.length) {
                            columns = Arrays.copyOf(columns, size * 2);
                            values = Arrays.copyOf(values, size * 2);
                        }
                        columns[size] = column;
                        values[size++] = (float) pmi;
                    }
                }
            }
        }
        rowStart[words] = size;
        return new ContextVectors(rowStart, Arrays.copyOf(columns, size), Arrays.copyOf(values, size), width);
    }

    private static double[] smoothedProbabilities(int[] counts, int contexts) {
        double[] p = new double[contexts];
        double total = 0;
        for (int c = 0; c < contexts; c++) {
            p[c] = StrictMath.pow(counts[c], SMOOTHING);
            total += p[c];
        }
        for (int c = 0; c < contexts; c++) {
            p[c] /= total;
        }
        return p;
    }
}
