package org.marsad.store.domain;

import java.time.Instant;

/**
 * A filter over live stories; null fields do not filter. {@code since} and {@code until} select stories with an
 * article published in [since, until); {@code after} continues a most-recently-updated-first list.
 */
public record StoryQuery(Instant since, Instant until, String entityId, String outlet, int limit, Cursor after) {

    public static StoryQuery byEntity(String entityId, int limit) {
        return new StoryQuery(null, null, entityId, null, limit, null);
    }
}
