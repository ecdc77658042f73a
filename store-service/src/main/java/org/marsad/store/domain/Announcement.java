package org.marsad.store.domain;

import java.time.Instant;

/**
 * A stored article version that still has to be announced on articles.stored; {@code seq} pins the version so
 * that marking it announced never covers a newer one.
 */
public record Announcement(String id, long seq, String outlet, String title, String language, String summary,
                           Instant publishedAt, Instant storedAt, String storyId) {
}
