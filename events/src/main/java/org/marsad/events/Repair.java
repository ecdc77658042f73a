package org.marsad.events;

/**
 * One change the pipeline made to the text, so nothing is silently rewritten.
 *
 * @param start       start of the replacement in {@code cleanText}
 * @param end         end of the replacement in {@code cleanText}
 * @param original    the text as it was in the source
 * @param replacement the text now in {@code cleanText}
 * @param reason      a short machine-readable reason, e.g. {@code foreign-letter-in-arabic-word}
 */
public record Repair(int start, int end, String original, String replacement, String reason) {
}
