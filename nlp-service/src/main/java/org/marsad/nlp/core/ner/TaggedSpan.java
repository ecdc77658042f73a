package org.marsad.nlp.core.ner;

import org.marsad.events.EntityType;

/**
 * A name the tagger found: tokens {@code from} (inclusive) to {@code to} (exclusive) of the document, its type,
 * and how many normalised characters of the first token are attached proclitics, not the name ({@code وبوتين}).
 */
public record TaggedSpan(int from, int to, EntityType type, int prefix) {

    public TaggedSpan(int from, int to, EntityType type) {
        this(from, to, type, 0);
    }

    public int length() {
        return to - from;
    }
}
