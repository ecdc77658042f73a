package org.marsad.events;

/** A term that characterises the article, with its weight (higher is more characteristic). */
public record Keyword(String term, double score) {
}
