package org.marsad.store.domain;

import org.marsad.store.story.StoryArticle;

import java.time.Instant;
import java.util.List;

/**
 * One version of an article as the store writes it: the searchable columns, the whole document as JSON, and
 * the entities it mentions. {@code contentHash} identifies the content so a replay is recognised as unchanged.
 *
 * @param searchNames entity names and aliases, space separated, indexed unstemmed
 * @param story       what story assignment compares of this version
 */
public record ArticleVersion(
        String id,
        String url,
        String outlet,
        String feedId,
        String title,
        String language,
        Instant publishedAt,
        Instant fetchedAt,
        Instant enrichedAt,
        String summary,
        String contentHash,
        String fingerprint,
        String pipelineVersion,
        String docJson,
        String cleanText,
        String searchNames,
        List<EntityMentions> entities,
        StoryArticle story) {

    /** True when this version is newer than {@code other}: fetched later, or fetched together but enriched later. */
    public boolean isNewerThan(ArticleVersion other) {
        int byFetch = compareNullsFirst(fetchedAt, other.fetchedAt);
        return byFetch != 0 ? byFetch > 0 : compareNullsFirst(enrichedAt, other.enrichedAt) > 0;
    }

    private static int compareNullsFirst(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
