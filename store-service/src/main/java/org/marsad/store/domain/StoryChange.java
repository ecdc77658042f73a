package org.marsad.store.domain;

import java.time.Instant;
import java.util.List;

/**
 * A story version still to be announced on stories.updated; {@code seq} pins the version so that marking it
 * announced never covers a newer one.
 */
public record StoryChange(String id, long seq, String title, int articleCount, List<String> outlets,
                          List<String> languages, Instant firstPublishedAt, Instant lastPublishedAt,
                          Instant updatedAt, String articleId, String mergedInto, String storylineId) {
}
