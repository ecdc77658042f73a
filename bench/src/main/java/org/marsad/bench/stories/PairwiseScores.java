package org.marsad.bench.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise clustering quality: over every pair of evaluated articles, precision is the share of pairs put in one
 * story that belong to one gold group, recall the share of gold pairs put in one story.
 */
record PairwiseScores(long truePositives, long falsePositives, long falseNegatives) {

    static PairwiseScores of(Map<String, String> gold, Map<String, String> predicted) {
        List<String> ids = new ArrayList<>(gold.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean sameGold = gold.get(ids.get(i)).equals(gold.get(ids.get(j)));
                boolean sameStory = Objects.equals(predicted.get(ids.get(i)), predicted.get(ids.get(j)));
                if (sameGold && sameStory) {
                    tp++;
                } else if (sameStory) {
                    fp++;
                } else if (sameGold) {
                    fn++;
                }
            }
        }
        return new PairwiseScores(tp, fp, fn);
    }

    /** Scores of two disjoint sets of articles taken together (no pair across them is in one gold group). */
    PairwiseScores plus(PairwiseScores other) {
        return new PairwiseScores(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
