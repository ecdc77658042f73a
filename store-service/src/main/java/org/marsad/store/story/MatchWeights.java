package org.marsad.store.story;

/**
 * A logistic regression over {@link MatchFeatures}: the probability that an article reports the event of a
 * candidate story. Learned from the decisions the assigner faces on the grouping evaluation's gold sets (bench's
 * {@code StoryModelTraining} prints them), not set by hand.
 */
public record MatchWeights(double bias, double title, double terms, double persons, double organisations,
                           double places, double others, double sinceStart, double outsideSpan, double size) {

    /** Weights from {@code bias} followed by one weight per value of {@link MatchFeatures#values()}. */
    public static MatchWeights of(double[] w) {
        if (w.length != 10) {
            throw new IllegalArgumentException("a bias and 9 weights expected, got " + w.length + " numbers");
        }
        return new MatchWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9]);
    }

    public double[] values() {
        return new double[]{bias, title, terms, persons, organisations, places, others, sinceStart, outsideSpan, size};
    }

    public double probability(MatchFeatures f) {
        double z = bias + title * f.title() + terms * f.terms() + persons * f.persons()
                + organisations * f.organisations() + places * f.places() + others * f.others()
                + sinceStart * f.sinceStart() + outsideSpan * f.outsideSpan() + size * f.size();
        return 1 / (1 + Math.exp(-z));
    }
}
