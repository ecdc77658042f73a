package org.marsad.store.story;

/**
 * Splits a 64-bit fingerprint into four 16-bit bands. Two fingerprints within three bits of each other agree on
 * at least one whole band (pigeonhole), so near-duplicates are found by exact band lookups, not by a scan.
 */
public final class SimHashBands {

    public static final int BANDS = 4;
    /** The largest distance the bands are guaranteed to find. */
    public static final int MAX_DISTANCE = BANDS - 1;

    private SimHashBands() {
    }

    /** Band {@code band} (0..3) of {@code fingerprint}, as an int 0..65535. */
    public static int band(long fingerprint, int band) {
        return (int) ((fingerprint >>> (16 * band)) & 0xFFFF);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
