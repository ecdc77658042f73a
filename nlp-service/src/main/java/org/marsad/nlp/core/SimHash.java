package org.marsad.nlp.core;

import java.util.HexFormat;
import java.util.List;

/**
 * A 64-bit SimHash of an article's normalised word 3-shingles, as 16 hex digits: near-duplicate texts (the same
 * wire story lightly edited) differ in few bits, so stories can be grouped by Hamming distance. The hash is
 * FNV-1a with a final mix: stable across JVMs and releases, unlike {@link String#hashCode()} bits.
 */
public final class SimHash {

    private static final int SHINGLE = 3;

    public String fingerprint(List<Token> tokens) {
        List<Token> words = tokens.stream().filter(t -> !t.isNumber()).toList();
        int[] votes = new int[64];
        int size = Math.min(SHINGLE, Math.max(1, words.size()));
        for (int i = 0; i + size <= words.size(); i++) {
            long hash = 0xcbf29ce484222325L;
            for (int k = i; k < i + size; k++) {
                hash = fnv(hash, words.get(k).norm());
                hash = (hash ^ ' ') * 0x100000001b3L;
            }
            hash = mix(hash);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return HexFormat.of().toHexDigits(fingerprint);
    }

    /** Number of differing bits between two fingerprints. */
    public static int distance(String a, String b) {
        return Long.bitCount(HexFormat.fromHexDigitsToLong(a) ^ HexFormat.fromHexDigitsToLong(b));
    }

    private static long fnv(long hash, String s) {
        for (int i = 0; i < s.length(); i++) {
            hash = (hash ^ s.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    /** MurmurHash3's finaliser: spreads FNV's weak high bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
