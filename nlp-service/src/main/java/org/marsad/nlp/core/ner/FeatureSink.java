package org.marsad.nlp.core.ner;

import java.util.Arrays;

/**
 * Collects one token's features as 64-bit hashes of (template, value): no feature strings are built, and the
 * model keeps the hashes only. 64 bits make a collision among a few hundred thousand features negligible.
 */
final class FeatureSink {

    private long[] hashes = new long[64];
    private int size;

    void add(int template, CharSequence value) {
        push(finish(chars(seed(template), value)));
    }

    void add(int template, CharSequence a, CharSequence b) {
        push(finish(chars(chars(seed(template), a) * 31 + 0x1F, b)));
    }

    void add(int template, long value) {
        push(finish(seed(template) ^ (value * 0x9E3779B97F4A7C15L)));
    }

    /** A prefix ({@code fromEnd} false) or suffix of {@code value}, {@code n} characters, when it is longer. */
    void addAffix(int template, String value, int n, boolean fromEnd) {
        if (value.length() > n) {
            int from = fromEnd ? value.length() - n : 0;
            push(finish(chars(seed(template), value, from, from + n)));
        }
    }

    long[] drain() {
        long[] out = Arrays.copyOf(hashes, size);
        size = 0;
        return out;
    }

    private void push(long hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash;
    }

    private static long seed(int template) {
        return (template + 1L) * 0xC2B2AE3D27D4EB4FL;
    }

    private static long chars(long h, CharSequence s) {
        return chars(h, s, 0, s.length());
    }

    private static long chars(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** MurmurHash3's finaliser, so that similar inputs spread; 0 is kept free for empty table slots. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
