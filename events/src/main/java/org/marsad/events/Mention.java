package org.marsad.events;

/** One mention of an entity: its text as written, and its range in {@code cleanText}. */
public record Mention(String text, int start, int end) {
}
