package org.marsad.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * Announces that an article is stored and queryable: the value of topic {@code articles.stored}, keyed by
 * article id. The gateway's live stream is made of these; it is small on purpose (clients fetch the whole
 * article by id).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleStored(
        int schemaVersion,
        String id,
        String outlet,
        String title,
        String language,
        String summary,
        Instant publishedAt,
        Instant storedAt,
        String storyId) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "articles.stored";
}
