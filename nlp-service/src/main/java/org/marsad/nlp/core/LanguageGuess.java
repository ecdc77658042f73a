package org.marsad.nlp.core;

/** A language as ISO 639-1 code ({@code "und"} when unknown) with a confidence in [0, 1]. */
public record LanguageGuess(String code, double confidence) {

    public static final String UNKNOWN = "und";

    public static LanguageGuess unknown() {
        return new LanguageGuess(UNKNOWN, 0.0);
    }
}
