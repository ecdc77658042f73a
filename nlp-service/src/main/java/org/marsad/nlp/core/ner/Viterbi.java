package org.marsad.nlp.core.ner;

/**
 * The best label sequence under a first-order model: per-token label scores plus label-to-label transition
 * scores, with the BIO constraint ({@link BioLabels#allowed}) as a hard rule. Nine labels, so each token costs
 * 81 additions.
 */
final class Viterbi {

    private Viterbi() {
    }

    /**
     * @param emissions   [token][label] scores
     * @param transitions [(previous + 1) * COUNT + label]: row 0 is the start of the document
     * @param breaks      tokens that no name runs on into ({@link Gaps#breaks}): no I- label there
     */
    static int[] decode(float[][] emissions, float[] transitions, boolean[] breaks) {
        int n = emissions.length;
        int labels = BioLabels.COUNT;
        int[] path = new int[n];
        if (n == 0) {
            return path;
        }
        float[] score = new float[labels];
        float[] next = new float[labels];
        int[][] back = new int[n][labels];
        for (int l = 0; l < labels; l++) {
            score[l] = BioLabels.allowed(-1, l) ? transitions[l] + emissions[0][l] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < labels; l++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < labels; p++) {
                    if (score[p] == Float.NEGATIVE_INFINITY || !BioLabels.allowed(p, l)
                            || (breaks[i] && BioLabels.isInside(l))) {
                        continue;
                    }
                    float s = score[p] + transitions[(p + 1) * labels + l];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                next[l] = best + emissions[i][l];
                back[i][l] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int last = 0;
        for (int l = 1; l < labels; l++) {
            if (score[l] > score[last]) {
                last = l;
            }
        }
        path[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }
}
