package org.marsad.nlp.core;

/**
 * Folds Arabic (and Latin) text into one matching form: alef variants to bare alef, alef maqsura and Persian
 * yeh to yeh, teh marbuta to heh, Persian keheh to kaf, diacritics and tatweel removed, Eastern digits to ASCII,
 * Latin lower-cased. For matching only: display text is never normalised this way.
 *
 * <p>Every character maps to at most one character, so a prefix of {@code n} normalised characters always
 * corresponds to a prefix of the original text (see {@link #originalLength}).
 */
public final class ArabicNormalizer {

    private static final char DELETED = '\0';

    private ArabicNormalizer() {
    }

    public static String normalize(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (map(c) != c) {
                return normalizeFrom(text, i);
            }
        }
        return text.toString(); // already normal: the common case for Latin text, no copy
    }

    private static String normalizeFrom(CharSequence text, int from) {
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, from);
        for (int i = from; i < text.length(); i++) {
            char m = map(text.charAt(i));
            if (m != DELETED) {
                out.append(m);
            }
        }
        return out.toString();
    }

    /** The normalised form of one character, or {@code '\0'} when normalisation removes it. */
    public static char map(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671':
                return '\u0627';
            case '\u0649', '\u06CC':
                return '\u064A';
            case '\u0629':
                return '\u0647';
            case '\u06A9':
                return '\u0643';
            case '\u0640', '\u0670':
                return DELETED;
            default:
                break;
        }
        if (c >= '\u064B' && c <= '\u0652') {
            return DELETED;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
    }

    /** True when normalisation removes the character (diacritics, tatweel). */
    public static boolean isRemoved(char c) {
        return map(c) == DELETED;
    }

    /**
     * How many characters of {@code original} make up its first {@code normalizedPrefix} normalised characters,
     * including the marks that follow the last of them (a vowel on a proclitic belongs to the proclitic).
     */
    public static int originalLength(CharSequence original, int normalizedPrefix) {
        int kept = 0;
        int i = 0;
        while (i < original.length() && kept < normalizedPrefix) {
            if (!isRemoved(original.charAt(i))) {
                kept++;
            }
            i++;
        }
        while (i < original.length() && isRemoved(original.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True for letters of the Arabic block (not digits or punctuation). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06EE' && c <= '\u06EF') || (c >= '\u06FA' && c <= '\u06FF');
    }
}
