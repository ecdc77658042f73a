package org.marsad.events;

/** A range of {@code cleanText}: start inclusive, end exclusive. Used for sentences. */
public record Span(int start, int end) {
}
