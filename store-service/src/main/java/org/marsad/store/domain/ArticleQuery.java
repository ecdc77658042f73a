package org.marsad.store.domain;

import java.time.Instant;

/**
 * A filter over stored articles; null fields do not filter. {@code storyId} is resolved through merges. {@code since} is inclusive, {@code until}
 * exclusive, both on the publication time or, when unknown, the time the article was stored.
 */
public record ArticleQuery(String q, String language, String outlet, String entityId, String feedId,
                           String storyId, Instant since, Instant until, int limit, Cursor after) {

    public static ArticleQuery byEntity(String entityId, int limit) {
        return new ArticleQuery(null, null, null, entityId, null, null, null, null, limit, null);
    }

    /** The articles of one story (already resolved to the live story). */
    public static ArticleQuery byStory(String storyId, int limit) {
        return new ArticleQuery(null, null, null, null, null, storyId, null, null, limit, null);
    }
}
