package org.marsad.events;

/**
 * A date in the text, resolved to ISO 8601 ({@code 2021-09-13}, {@code 2021-05}, {@code 2011}) as far as the
 * text and the publication date allow.
 */
public record DateMention(String text, String value, int start, int end) {
}
