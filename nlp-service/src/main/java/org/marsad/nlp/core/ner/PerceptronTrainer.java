package org.marsad.nlp.core.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link SequenceModel} as an averaged structured perceptron (Collins 2002): decode each document with
 * the current weights, and where the best sequence differs from the gold one, add the gold labels' features and
 * subtract the predicted ones'. The average of the weights over all steps is kept, which generalises much better
 * than the last weights. Documents are shuffled each epoch with a fixed seed, so training is reproducible.
 */
public final class PerceptronTrainer {

    private static final int L = BioLabels.COUNT;

    private final Map<Long, Integer> index = new HashMap<>();
    private final List<Long> features = new ArrayList<>();
    private float[] weights = new float[1 << 16];
    /** Sum of each update times the step it was made at: average = weights - accumulated / steps. */
    private double[] accumulated = new double[1 << 16];
    private final float[] transitions = new float[(L + 1) * L];
    private final double[] accumulatedTransitions = new double[(L + 1) * L];
    private int step = 1;

    private final Random random;

    /** @param seed the seed of the shuffles: the same data and seed give the same model */
    public PerceptronTrainer(long seed) {
        random = new Random(seed);
    }

    /** Trains on the examples for the given number of epochs and returns the averaged model. */
    public static SequenceModel train(String featureSet, List<TrainingExample> examples, int epochs, long seed) {
        PerceptronTrainer trainer = new PerceptronTrainer(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            trainer.epoch(examples);
        }
        return trainer.model(featureSet);
    }

    /** One pass over the examples, in a shuffled order. */
    public void epoch(List<TrainingExample> examples) {
        List<TrainingExample> order = new ArrayList<>(examples);
        Collections.shuffle(order, random);
        for (TrainingExample example : order) {
            learn(example);
        }
    }

    private void learn(TrainingExample example) {
        int[] predicted = Viterbi.decode(emissions(example.features()), transitions, example.breaks());
        int[] gold = example.labels();
        if (!Arrays.equals(predicted, gold)) {
            for (int i = 0; i < gold.length; i++) {
                if (predicted[i] != gold[i]) {
                    for (long feature : example.features()[i]) {
                        int row = rowOf(feature);
                        update(row * L + gold[i], 1);
                        update(row * L + predicted[i], -1);
                    }
                }
                int goldPair = (i == 0 ? 0 : gold[i - 1] + 1) * L + gold[i];
                int predictedPair = (i == 0 ? 0 : predicted[i - 1] + 1) * L + predicted[i];
                if (goldPair != predictedPair) {
                    transitions[goldPair] += 1;
                    accumulatedTransitions[goldPair] += step;
                    transitions[predictedPair] -= 1;
                    accumulatedTransitions[predictedPair] -= step;
                }
            }
        }
        step++;
    }

    private float[][] emissions(long[][] tokenFeatures) {
        float[][] emissions = new float[tokenFeatures.length][L];
        for (int i = 0; i < tokenFeatures.length; i++) {
            for (long feature : tokenFeatures[i]) {
                Integer row = index.get(feature);
                if (row != null) {
                    for (int l = 0; l < L; l++) {
                        emissions[i][l] += weights[row * L + l];
                    }
                }
            }
        }
        return emissions;
    }

    private void update(int cell, float delta) {
        weights[cell] += delta;
        accumulated[cell] += (double) delta * step;
    }

    private int rowOf(long feature) {
        Integer row = index.get(feature);
        if (row != null) {
            return row;
        }
        int next = features.size();
        index.put(feature, next);
        features.add(feature);
        if ((next + 1) * L > weights.length) {
            weights = Arrays.copyOf(weights, weights.length * 2);
            accumulated = Arrays.copyOf(accumulated, accumulated.length * 2);
        }
        return next;
    }

    /** The averaged weights so far (training may go on); features whose averaged weights are all zero are left out. */
    public SequenceModel model(String featureSet) {
        List<Long> kept = new ArrayList<>();
        float[] keptWeights = new float[features.size() * L];
        int n = 0;
        for (int r = 0; r < features.size(); r++) {
            boolean any = false;
            for (int l = 0; l < L; l++) {
                float average = (float) (weights[r * L + l] - accumulated[r * L + l] / step);
                keptWeights[n * L + l] = average;
                any |= Math.abs(average) > 1e-6f;
            }
            if (any) {
                kept.add(features.get(r));
                n++;
            }
        }
        float[] averagedTransitions = new float[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            averagedTransitions[i] = (float) (transitions[i] - accumulatedTransitions[i] / step);
        }
        long[] keys = kept.stream().mapToLong(Long::longValue).toArray();
        return new SequenceModel(featureSet, keys, Arrays.copyOf(keptWeights, n * L), averagedTransitions);
    }
}
