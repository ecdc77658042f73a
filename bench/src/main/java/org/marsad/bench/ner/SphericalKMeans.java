package org.marsad.bench.ner;

import java.util.Arrays;
import java.util.Random;

/**
 * k-means on unit vectors by cosine similarity (centroids renormalised after each step), seeded by k-means++
 * (Arthur and Vassilvitskii 2007). Single-threaded and deterministic for a seed. Cluster ids are renumbered in
 * the order the points first reach them, so cluster 0 holds point 0 (the most frequent word).
 */
final class SphericalKMeans {

    private static final int MAX_ITERATIONS = 25;
    /** Stop when fewer points than this share change cluster. */
    private static final double SETTLED = 0.002;

    private SphericalKMeans() {
    }

    static int[] cluster(double[][] points, int k, long seed) {
        int n = points.length;
        double[][] centroids = seeds(points, k, new Random(seed));
        int[] assignment = new int[n];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            int changed = 0;
            double[] best = new double[n];
            for (int p = 0; p < n; p++) {
                int nearest = 0;
                double similarity = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = dot(points[p], centroids[c]);
                    if (s > similarity) {
                        similarity = s;
                        nearest = c;
                    }
                }
                best[p] = similarity;
                if (assignment[p] != nearest) {
                    assignment[p] = nearest;
                    changed++;
                }
            }
            centroids = means(points, assignment, best, k);
            if (changed < SETTLED * n) {
                break;
            }
        }
        return renumbered(assignment, k);
    }

    /** k-means++: each next seed drawn with probability proportional to its squared distance to the nearest seed. */
    private static double[][] seeds(double[][] points, int k, Random random) {
        int n = points.length;
        double[][] centroids = new double[k][];
        centroids[0] = points[random.nextInt(n)].clone();
        double[] distance = new double[n];
        Arrays.fill(distance, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int p = 0; p < n; p++) {
                distance[p] = Math.min(distance[p], Math.max(0, 2 - 2 * dot(points[p], centroids[c - 1])));
                total += distance[p];
            }
            double target = random.nextDouble() * total;
            int chosen = 0;
            for (double sum = distance[0]; sum < target && chosen < n - 1; sum += distance[++chosen]) {
                // walk to the point whose cumulative distance passes the target
            }
            centroids[c] = points[chosen].clone();
        }
        return centroids;
    }

    /** Each cluster's normalised mean; an emptied cluster takes the point that fits its own cluster worst. */
    private static double[][] means(double[][] points, int[] assignment, double[] similarity, int k) {
        int dimensions = points[0].length;
        double[][] sums = new double[k][dimensions];
        int[] sizes = new int[k];
        for (int p = 0; p < points.length; p++) {
            double[] sum = sums[assignment[p]];
            for (int d = 0; d < dimensions; d++) {
                sum[d] += points[p][d];
            }
            sizes[assignment[p]]++;
        }
        for (int c = 0; c < k; c++) {
            if (sizes[c] == 0) {
                int worst = 0;
                for (int p = 1; p < points.length; p++) {
                    if (similarity[p] < similarity[worst]) {
                        worst = p;
                    }
                }
                similarity[worst] = Double.MAX_VALUE;
                sums[c] = points[worst].clone();
            }
            RandomizedSvd.normalise(sums[c]);
        }
        return sums;
    }

    private static int[] renumbered(int[] assignment, int k) {
        int[] id = new int[k];
        Arrays.fill(id, -1);
        int next = 0;
        int[] out = new int[assignment.length];
        for (int p = 0; p < assignment.length; p++) {
            if (id[assignment[p]] < 0) {
                id[assignment[p]] = next++;
            }
            out[p] = id[assignment[p]];
        }
        return out;
    }

    /** Four independent running sums, so that the additions overlap (the JIT does not vectorise a double sum). */
    private static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return s0 + s1 + s2 + s3;
    }
}
