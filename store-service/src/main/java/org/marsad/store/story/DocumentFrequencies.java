package org.marsad.store.story;

import java.util.Map;

/**
 * How many articles the index has seen, and in how many of them each asked-for key occurs ({@code e:<entity>}
 * or {@code t:<term>}); keys never seen are absent.
 */
public record DocumentFrequencies(long documents, Map<String, Integer> counts) {

    /** Smoothed inverse document frequency: rare keys weigh more, a key in every article still weighs a little. */
    public double idf(String key) {
        return Math.log((documents + 1.0) / (counts.getOrDefault(key, 0) + 1.0)) + 1.0;
    }

    /** Share of the articles seen that have {@code key}. */
    public double share(String key) {
        return documents == 0 ? 0 : counts.getOrDefault(key, 0) / (double) documents;
    }
}
