package org.marsad.nlp.core;

/**
 * A word or a number in {@code cleanText}.
 *
 * @param text  as written
 * @param norm  its matching form ({@link ArabicNormalizer})
 * @param start offset in cleanText, inclusive
 * @param end   offset in cleanText, exclusive
 */
public record Token(String text, String norm, int start, int end) {

    public boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    public boolean isArabic() {
        return ArabicNormalizer.isArabicLetter(norm.isEmpty() ? text.charAt(0) : norm.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
