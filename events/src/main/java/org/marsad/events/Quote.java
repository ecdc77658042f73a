package org.marsad.events;

/**
 * Direct or reported speech.
 *
 * @param speaker who said it, as far as the text tells
 * @param text    the quoted words
 * @param start   start of the quoted words in {@code cleanText}
 * @param end     end of the quoted words in {@code cleanText}
 */
public record Quote(Speaker speaker, String text, int start, int end) {

    /** The speaker as written, linked to an entity when one is known ({@code entityId} may be null). */
    public record Speaker(String entityId, String text) {
    }
}
