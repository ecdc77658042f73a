package org.marsad.nlp.core.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger's weights: for each feature hash seen in training, one weight per label, plus transition
 * weights between labels. Features are found by open addressing on their hashes (no boxing, one probe or two).
 * Immutable and thread-safe. Saved gzipped: a header naming the feature set it was trained with, so a model and
 * an extractor that disagree fail at load rather than tag badly.
 */
public final class SequenceModel {

    private static final int MAGIC = 0x4D4E4552; // "MNER"
    private static final int FORMAT = 1;

    private final String featureSet;
    private final long[] keys;
    private final int[] rows;
    private final float[] weights;
    private final float[] transitions;
    private final int mask;

    /**
     * @param featureSet  the name and version of the feature extractor
     * @param features    feature hashes (non-zero, distinct)
     * @param weights     {@code features.length * BioLabels.COUNT} weights, row by row
     * @param transitions {@code (BioLabels.COUNT + 1) * BioLabels.COUNT}: the start row first
     */
    public SequenceModel(String featureSet, long[] features, float[] weights, float[] transitions) {
        if (weights.length != features.length * BioLabels.COUNT
                || transitions.length != (BioLabels.COUNT + 1) * BioLabels.COUNT) {
            throw new IllegalArgumentException("weights do not match " + features.length + " features");
        }
        this.featureSet = featureSet;
        this.weights = weights;
        this.transitions = transitions;
        int capacity = Integer.highestOneBit(Math.max(4, features.length * 2) - 1) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        for (int r = 0; r < features.length; r++) {
            int slot = slot(features[r]);
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = features[r];
            rows[slot] = r;
        }
    }

    public String featureSet() {
        return featureSet;
    }

    public int featureCount() {
        return weights.length / BioLabels.COUNT;
    }

    /** The best labels for a document, given each token's feature hashes and where names cannot run on. */
    public int[] decode(long[][] features, boolean[] breaks) {
        float[][] emissions = new float[features.length][BioLabels.COUNT];
        for (int i = 0; i < features.length; i++) {
            for (long feature : features[i]) {
                int row = row(feature);
                if (row >= 0) {
                    int base = row * BioLabels.COUNT;
                    for (int l = 0; l < BioLabels.COUNT; l++) {
                        emissions[i][l] += weights[base + l];
                    }
                }
            }
        }
        return Viterbi.decode(emissions, transitions, breaks);
    }

    private int row(long feature) {
        for (int slot = slot(feature); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == feature) {
                return rows[slot];
            }
        }
        return -1;
    }

    private int slot(long feature) {
        return (int) (feature ^ (feature >>> 32)) & mask;
    }

    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(featureSet);
        data.writeInt(BioLabels.COUNT);
        for (float t : transitions) {
            data.writeFloat(t);
        }
        int count = featureCount();
        data.writeInt(count);
        // keys in slot order, then rows: the table is rebuilt on load
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                data.writeLong(keys[slot]);
                int base = rows[slot] * BioLabels.COUNT;
                for (int l = 0; l < BioLabels.COUNT; l++) {
                    data.writeFloat(weights[base + l]);
                }
            }
        }
        data.flush();
        gzip.finish(); // the caller's stream stays open
    }

    public static SequenceModel load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC || data.readInt() != FORMAT) {
            throw new IOException("not a Marsad tagger model (or another format version)");
        }
        String featureSet = data.readUTF();
        if (data.readInt() != BioLabels.COUNT) {
            throw new IOException("the model was trained with other labels");
        }
        float[] transitions = new float[(BioLabels.COUNT + 1) * BioLabels.COUNT];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = data.readFloat();
        }
        int count = data.readInt();
        long[] features = new long[count];
        float[] weights = new float[count * BioLabels.COUNT];
        for (int r = 0; r < count; r++) {
            features[r] = data.readLong();
            for (int l = 0; l < BioLabels.COUNT; l++) {
                weights[r * BioLabels.COUNT + l] = data.readFloat();
            }
        }
        return new SequenceModel(featureSet, features, weights, transitions);
    }
}
