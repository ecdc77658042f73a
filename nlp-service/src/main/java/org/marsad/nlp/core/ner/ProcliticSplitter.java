package org.marsad.nlp.core.ner;

import org.marsad.nlp.core.Proclitics;
import org.marsad.nlp.core.WordFrequencies;

import java.util.List;

/**
 * Decides how an Arabic word splits into attached proclitics and a stem: the reading that news writes most often
 * ({@code وبوتين} -> {@code بوتين}, but {@code وزارة} and {@code لبنان} stay whole). The tagger reads stems, and a
 * name starts after its proclitics.
 */
public final class ProcliticSplitter {

    /** Shorter stems are frequent particles more often than the name's real rest. */
    private static final int MIN_STEM = 3;

    private final WordFrequencies frequencies;

    public ProcliticSplitter(WordFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    public Proclitics.Reading split(String norm) {
        List<Proclitics.Reading> readings = Proclitics.readings(norm);
        Proclitics.Reading best = readings.get(0);
        if (readings.size() == 1) {
            return best;
        }
        int bestCount = frequencies.count(norm);
        for (int r = 1; r < readings.size(); r++) {
            if (readings.get(r).norm().length() < MIN_STEM) {
                continue; // واس is not و + اس
            }
            int count = frequencies.count(readings.get(r).norm());
            if (count > bestCount) {
                best = readings.get(r);
                bestCount = count;
            }
        }
        return best;
    }
}
