package org.marsad.bench.eval;

/**
 * Gold entities, predicted entities, and matched pairs (each gold and each prediction matched at most once, so
 * the matched count serves both precision and recall).
 */
public record Counts(int gold, int predicted, int matched) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(gold + other.gold, predicted + other.predicted, matched + other.matched);
    }

    /** Matched predictions / predictions; 1 when nothing was predicted (nothing claimed, nothing wrong). */
    public double precision() {
        return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    /** Matched gold / gold; 1 when there is no gold. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
