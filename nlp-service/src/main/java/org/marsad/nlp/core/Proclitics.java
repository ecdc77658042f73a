package org.marsad.nlp.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of a normalised Arabic word with its attached one-letter proclitics removed: the conjunctions
 * و ف, then the prepositions ب ل ك ({@code وبوتين} -> {@code بوتين}, {@code وبموسكو} -> {@code موسكو}), and
 * {@code ل} before the article, which drops the article's alef ({@code للأسد} -> {@code الأسد}). The article
 * {@code ال} itself is part of names ({@code الأسد}) and is never removed here.
 */
public final class Proclitics {

    /**
     * One reading.
     *
     * @param norm   the word without the proclitics
     * @param prefix how many normalised characters were removed (see {@link ArabicNormalizer#originalLength})
     */
    public record Reading(String norm, int prefix) {
    }

    private static final int MIN_STEM = 2;

    private Proclitics() {
    }

    /** The word as it is first, then with proclitics removed, shortest removal first. */
    public static List<Reading> readings(String norm) {
        Reading whole = new Reading(norm, 0);
        if (norm.length() <= MIN_STEM || !isProclitic(norm.charAt(0))) {
            return List.of(whole);
        }
        List<Reading> readings = new ArrayList<>(4);
        readings.add(whole);
        int i = 0;
        if (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') {
            i = 1;
            addIfLongEnough(readings, norm, 1);
        }
        if (i < norm.length() && isPreposition(norm.charAt(i))) {
            addIfLongEnough(readings, norm, i + 1);
            // ل + ال writes لل: the article's alef is elided
            if (norm.charAt(i) == 'ل' && norm.startsWith("ل", i + 1) && norm.length() - i - 2 >= MIN_STEM) {
                readings.add(new Reading("ا" + norm.substring(i + 1), i + 1));
            }
        }
        return readings;
    }

    /** True when the reading removed a preposition (ب ل ك), not only a conjunction. */
    public static boolean hasPreposition(String norm, Reading reading) {
        for (int i = 0; i < reading.prefix() && i < norm.length(); i++) {
            if (isPreposition(norm.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addIfLongEnough(List<Reading> readings, String norm, int prefix) {
        if (norm.length() - prefix >= MIN_STEM) {
            readings.add(new Reading(norm.substring(prefix), prefix));
        }
    }

    private static boolean isProclitic(char c) {
        return c == 'و' || c == 'ف' || isPreposition(c);
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }
}
