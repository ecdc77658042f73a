package org.marsad.bench.ner;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Dense word vectors from sparse context rows: a truncated SVD found by random projection and power iteration
 * (Halko, Martinsson and Tropp 2011), rows {@code U * S^0.5} scaled to unit length. Only small eigenproblems
 * (dimensions + 16 square) are solved densely, so 80,000 rows by 12,000 columns take seconds. Deterministic for a
 * seed.
 */
final class RandomizedSvd {

    private static final int OVERSAMPLING = 16;
    private static final int POWER_ITERATIONS = 2;

    private RandomizedSvd() {
    }

    /** One unit vector of {@code dimensions} per row of {@code a}. */
    static double[][] embed(ContextVectors a, int dimensions, long seed) {
        int rank = dimensions + OVERSAMPLING;
        Random random = new Random(seed);
        double[][] omega = new double[a.width()][rank];
        for (double[] row : omega) {
            for (int j = 0; j < rank; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] q = orthonormal(times(a, omega));
        for (int i = 0; i < POWER_ITERATIONS; i++) {
            q = orthonormal(times(a, orthonormal(transposeTimes(a, q))));
        }
        // B = Q^T A; B B^T = W S^2 W^T gives the left singular vectors Q W and the singular values S
        double[][] bt = transposeTimes(a, q);
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(gram(bt), false));
        Integer[] order = byDescendingValue(eigen.getRealEigenvalues());
        RealMatrix v = eigen.getV();
        double[][] w = new double[rank][dimensions];
        for (int k = 0; k < dimensions; k++) {
            double scale = StrictMath.pow(Math.max(0, eigen.getRealEigenvalue(order[k])), 0.25); // S^0.5
            for (int j = 0; j < rank; j++) {
                w[j][k] = v.getEntry(j, order[k]) * scale;
            }
        }
        double[][] vectors = multiply(q, w);
        for (double[] vector : vectors) {
            normalise(vector);
        }
        return vectors;
    }

    /** A times a dense matrix given by rows (one row per column of A). */
    private static double[][] times(ContextVectors a, double[][] dense) {
        int width = dense[0].length;
        double[][] out = new double[a.rows()][width];
        for (int r = 0; r < a.rows(); r++) {
            double[] row = out[r];
            for (int e = a.rowStart()[r]; e < a.rowStart()[r + 1]; e++) {
                double v = a.values()[e];
                double[] d = dense[a.columns()[e]];
                for (int j = 0; j < width; j++) {
                    row[j] += v * d[j];
                }
            }
        }
        return out;
    }

    /** A^T times a dense matrix given by rows (one row per row of A). */
    private static double[][] transposeTimes(ContextVectors a, double[][] dense) {
        int width = dense[0].length;
        double[][] out = new double[a.width()][width];
        for (int r = 0; r < a.rows(); r++) {
            double[] d = dense[r];
            for (int e = a.rowStart()[r]; e < a.rowStart()[r + 1]; e++) {
                double v = a.values()[e];
                double[] row = out[a.columns()[e]];
                for (int j = 0; j < width; j++) {
                    row[j] += v * d[j];
                }
            }
        }
        return out;
    }

    /** Columns of Y made orthonormal: Y V L^-1/2 from the eigenvectors of Y^T Y (columns with no energy dropped to 0). */
    private static double[][] orthonormal(double[][] y) {
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(gram(y), false));
        int k = y[0].length;
        double largest = Arrays.stream(eigen.getRealEigenvalues()).max().orElse(0);
        RealMatrix v = eigen.getV();
        double[][] m = new double[k][k];
        for (int c = 0; c < k; c++) {
            double value = eigen.getRealEigenvalue(c);
            double scale = value > largest * 1e-12 ? 1 / Math.sqrt(value) : 0;
            for (int j = 0; j < k; j++) {
                m[j][c] = v.getEntry(j, c) * scale;
            }
        }
        return multiply(y, m);
    }

    /** Y^T Y for Y given by rows. */
    private static double[][] gram(double[][] y) {
        int k = y[0].length;
        double[][] g = new double[k][k];
        for (double[] row : y) {
            for (int i = 0; i < k; i++) {
                double v = row[i];
                double[] gi = g[i];
                for (int j = i; j < k; j++) {
                    gi[j] += v * row[j];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                g[i][j] = g[j][i];
            }
        }
        return g;
    }

    private static double[][] multiply(double[][] y, double[][] m) {
        int width = m[0].length;
        double[][] out = new double[y.length][width];
        for (int r = 0; r < y.length; r++) {
            double[] row = out[r];
            for (int j = 0; j < m.length; j++) {
                double v = y[r][j];
                double[] mj = m[j];
                for (int c = 0; c < width; c++) {
                    row[c] += v * mj[c];
                }
            }
        }
        return out;
    }

    private static Integer[] byDescendingValue(double[] values) {
        return IntStream.range(0, values.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparing(i -> i))
                .toArray(Integer[]::new);
    }

    static void normalise(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
        }
    }
}
