package org.marsad.store.domain;

import org.marsad.store.comparison.StoryComparison;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * One story for {@code GET /stories/{id}} (CONVENTIONS.md): the summary's fields plus its articles by outlet, its
 * timeline, related stories of its storyline and the comparison of its outlets.
 *
 * @param requestedId the id asked for when it was merged away and resolved to this story, else absent
 * @param comparison  how the story's outlets told it (org.marsad.store.comparison)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryDetails(String id, String title, int articleCount, List<StorySummary.OutletCount> outlets,
                           List<String> languages, Instant firstPublishedAt, Instant lastPublishedAt,
                           Instant updatedAt, List<EntityRef> topEntities, String storylineId,
                           String requestedId, List<String> mergedFrom, List<OutletArticles> articlesByOutlet,
                           List<TimelineEntry> timeline, List<RelatedStory> related,
                           StoryComparison comparison) {

    public record OutletArticles(String outlet, List<ArticleSummary> articles) {
    }

    public record TimelineEntry(String articleId, String outlet, String title, String language,
                                Instant publishedAt) {
    }

    public record RelatedStory(String id, String title, String relation, Instant firstPublishedAt) {
    }
}
