package org.marsad.store.domain;

import java.time.Instant;

/** The stored EnrichedArticle as JSON, with the time this version was stored and the story it is in. */
public record StoredDocument(String json, Instant storedAt, String storyId) {
}
