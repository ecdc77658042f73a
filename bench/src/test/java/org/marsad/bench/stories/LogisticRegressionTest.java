package org.marsad.bench.stories;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogisticRegressionTest {

    /** Examples drawn from a known model: label positive with probability sigmoid(-1 + 3 x1 - 2 x2). */
    private static List<LogisticRegression.Example> drawn(int n) {
        Random random = new Random(7);
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = {random.nextDouble() * 2, random.nextDouble() * 2};
            double p = 1 / (1 + Math.exp(-(-1 + 3 * x[0] - 2 * x[1])));
            examples.add(new LogisticRegression.Example(x, random.nextDouble() < p));
        }
        return examples;
    }

    @Test
    void recoversTheWeightsOfTheModelTheDataCameFrom() {
        double[] w = LogisticRegression.fit(drawn(20_000), 0.0);

        assertThat(w[0]).isCloseTo(-1, within(0.15));
        assertThat(w[1]).isCloseTo(3, within(0.15));
        assertThat(w[2]).isCloseTo(-2, within(0.15));
    }

    @Test
    void keepsTheWeightsFiniteOnSeparableDataWithAPenalty() {
        List<LogisticRegression.Example> separable = List.of(
                new LogisticRegression.Example(new double[]{0.1}, false),
                new LogisticRegression.Example(new double[]{0.2}, false),
                new LogisticRegression.Example(new double[]{0.8}, true),
                new LogisticRegression.Example(new double[]{0.9}, true));

        double[] w = LogisticRegression.fit(separable, 1.0);

        for (double v : w) {
            assertThat(v).isFinite();
        }
        assertThat(LogisticRegression.probability(w, new double[]{1, 0.9}))
                .isGreaterThan(0.5).isGreaterThan(LogisticRegression.probability(w, new double[]{1, 0.1}));
    }

    @Test
    void givesTheSameWeightsForTheSameExamples() {
        assertThat(LogisticRegression.fit(drawn(2_000), 1.0)).containsExactly(LogisticRegression.fit(drawn(2_000), 1.0));
    }
}
