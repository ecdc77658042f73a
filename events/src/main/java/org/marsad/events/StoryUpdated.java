package org.marsad.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * Announces that a story changed: an article joined it, started it, or the story was merged into another.
 * The value of topic {@code stories.updated}, keyed by story id; the gateway's live stream forwards these.
 * Small on purpose: clients fetch the whole story (and its comparison) by id.
 *
 * @param mergedInto the surviving story when this one was merged away (its id still resolves), else null
 * @param articleId  the article whose arrival caused this update, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryUpdated(
        int schemaVersion,
        String storyId,
        String title,
        int articleCount,
        List<String> outlets,
        List<String> languages,
        Instant firstPublishedAt,
        Instant lastPublishedAt,
        Instant updatedAt,
        String articleId,
        String mergedInto,
        String storylineId) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "stories.updated";
}
