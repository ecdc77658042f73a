package org.marsad.bench.stories;

import java.util.List;

/**
 * A logistic regression fitted by Newton's method (iteratively reweighted least squares) with a small L2 penalty
 * on the weights (not the bias): exact, deterministic and quick for a few features and tens of thousands of
 * examples, so no library is needed.
 */
final class LogisticRegression {

    /** One training example: feature values and whether it is a positive. */
    record Example(double[] x, boolean positive) {
    }

    private static final int MAX_ITERATIONS = 50;

    private LogisticRegression() {
    }

    /** The bias followed by one weight per feature. */
    static double[] fit(List<Example> examples, double l2) {
        int d = examples.get(0).x().length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int j = 1; j < d; j++) {
                gradient[j] = l2 * w[j];
                hessian[j][j] = l2;
            }
            for (Example e : examples) {
                double[] x = withBias(e.x());
                double p = probability(w, x);
                double r = p - (e.positive() ? 1 : 0);
                double s = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < d; i++) {
                    gradient[i] += r * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += s * x[i] * x[j];
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest < 1e-8) {
                break;
            }
        }
        return w;
    }

    static double probability(double[] w, double[] xWithBias) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * xWithBias[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] withBias(double[] x) {
        double[] b = new double[x.length + 1];
        b[0] = 1;
        System.arraycopy(x, 0, b, 1, x.length);
        return b;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double f = m[row][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[row][k] -= f * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }
}
