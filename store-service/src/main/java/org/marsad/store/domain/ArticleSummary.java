package org.marsad.store.domain;

import java.time.Instant;
import java.util.List;

/** An article in a list (CONVENTIONS.md): its columns and its most mentioned entities. */
public record ArticleSummary(String id, String url, String outlet, String feedId, String title, String language,
                             Instant publishedAt, Instant fetchedAt, Instant storedAt, String summary,
                             List<EntityRef> entities, String storyId) {

    /** How many entities a summary carries at most. */
    public static final int MAX_ENTITIES = 8;

    public ArticleSummary withEntities(List<EntityRef> refs) {
        return new ArticleSummary(id, url, outlet, feedId, title, language, publishedAt, fetchedAt, storedAt,
                summary, refs, storyId);
    }
}
