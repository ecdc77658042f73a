package org.marsad.nlp.core;

/**
 * 64-bit FNV-1a over UTF-16 units: the hash the word lists are looked up by, so no word string need be kept. 64 bits
 * make a collision among a few hundred thousand words vanishingly unlikely.
 */
public final class Fnv1a {

    private Fnv1a() {
    }

    public static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
