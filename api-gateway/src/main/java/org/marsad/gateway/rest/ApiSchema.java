package org.marsad.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the public API, for the OpenAPI document only. Bodies pass between clients and the internal
 * services unchanged, so these records describe them (docs/CONVENTIONS.md) rather than carry them: the
 * gateway never drops a field it does not know yet.
 */
public final class ApiSchema {

    private ApiSchema() {
    }

    @Schema(description = "An article to ingest. Give body (plain text) or html.")
    public record ArticleSubmission(
            @Schema(description = "Where it was published; the article id is derived from it when given")
            String url,
            @Schema(required = true, examples = "Al Jazeera") String outlet,
            @Schema(required = true) String title,
            String body,
            String html,
            @Schema(description = "ISO 639-1 hint; detected when absent", examples = "ar") String language,
            Instant publishedAt) {
    }

    @Schema(description = "The article was taken (or was already known).")
    public record SubmissionAccepted(String id, @Schema(enumeration = {"accepted", "duplicate"}) String status) {
    }

    @Schema(description = "Outcome of a bulk upload, line by line.")
    public record BulkResult(int accepted, int duplicates, List<BulkRejection> rejected) {
    }

    @Schema(description = "A line of a bulk upload that was refused.")
    public record BulkRejection(@Schema(description = "1-based line number") int line, String error) {
    }

    @Schema(description = "An entity as listed with an article.")
    public record EntityRef(String id,
                            @Schema(enumeration = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"}) String type,
                            String name) {
    }

    @Schema(description = "A stored article in a result list.")
    public record ArticleSummary(String id, String url, String outlet, String feedId, String title,
                                 String language, Instant publishedAt, Instant fetchedAt, Instant storedAt,
                                 String summary,
                                 @Schema(description = "At most 8, most mentioned first") List<EntityRef> entities,
                                 @Schema(description = "The story it belongs to", nullable = true) String storyId) {
    }

    @Schema(description = "One page of search results, newest first.")
    public record ArticlePage(List<ArticleSummary> items,
                              @Schema(description = "Pass as cursor for the next page; null on the last",
                                      nullable = true) String next) {
    }

    @Schema(description = "An entity with its names in every script and how often it is mentioned.")
    public record EntitySummary(String id,
                                @Schema(enumeration = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"}) String type,
                                String name, List<String> aliases, long articleCount, long mentionCount) {
    }

    @Schema(description = "Entities matching a search.")
    public record EntityList(List<EntitySummary> items) {
    }

    @Schema(description = "One entity, the articles that mention it and its stories.")
    public record EntityDetail(String id, String type, String name, List<String> aliases, long articleCount,
                               long mentionCount, List<ArticleSummary> articles, List<StorySummary> stories) {
    }

    @Schema(description = "A feed subscription and its health. Its id is the first 16 hex digits of SHA-256 of the "
            + "normalised URL. status: new (never fetched), ok, failing (the last fetch failed: lastError says why; "
            + "retried with exponential back-off, or after the server's Retry-After), stale (fetched fine but no new "
            + "item for much longer than the feed's usual cadence). lastWarning: what the last successful fetch had "
            + "to repair or leave out (a cut-off document, items over the limit).")
    public record Feed(String id, String url, String outlet, String title, int pollSeconds,
                       @Schema(enumeration = {"new", "ok", "failing", "stale"}) String status,
                       Instant lastFetchedAt, Instant lastSuccessAt, String lastError, long itemsSeen,
                       long itemsPublished, Instant nextPollAt, Instant createdAt, boolean fullText,
                       Instant lastNewItemAt, String lastWarning) {
    }

    @Schema(description = "Every subscribed feed.")
    public record FeedList(List<Feed> items) {
    }

    @Schema(description = "A feed to subscribe to. URLs that resolve to loopback, private, link-local or metadata "
            + "addresses are refused (400) unless the service allows private networks. fullText: when an item "
            + "carries only a teaser, fetch its page and take the main text from it.")
    public record FeedSubscription(@Schema(required = true) String url, String outlet,
                                   @Schema(description = "30 to 86400, default 300") Integer pollSeconds,
                                   Boolean fullText) {
    }

    @Schema(description = "An outlet's share of a story.")
    public record OutletCount(String outlet, long articleCount) {
    }

    @Schema(description = "A story: the articles of one event, across outlets and languages.")
    public record StorySummary(String id, String title, long articleCount, List<OutletCount> outlets,
                               List<String> languages, Instant firstPublishedAt, Instant lastPublishedAt,
                               Instant updatedAt,
                               @Schema(description = "At most 8") List<EntityRef> topEntities,
                               @Schema(description = "Stories of one storyline share it", nullable = true)
                               String storylineId) {
    }

    @Schema(description = "One page of stories, most recently updated first.")
    public record StoryPage(List<StorySummary> items,
                            @Schema(description = "Pass as cursor for the next page; null on the last",
                                    nullable = true) String next) {
    }

    @Schema(description = "One outlet's articles in a story.")
    public record OutletArticles(String outlet, List<ArticleSummary> articles) {
    }

    @Schema(description = "One article on a story's timeline.")
    public record TimelineEntry(String articleId, String outlet, String title, String language,
                                Instant publishedAt) {
    }

    @Schema(description = "Another story of the same storyline (an earlier or later event).")
    public record RelatedStory(String id, String title, @Schema(enumeration = "storyline") String relation,
                               Instant firstPublishedAt) {
    }

    @Schema(description = "An entity every outlet of the story mentions.")
    public record SharedEntity(String id, String type, String name, List<String> outlets) {
    }

    @Schema(description = "An entity only some outlets mention, with how often this one does.")
    public record OutletEntity(String id, String type, String name, long mentions) {
    }

    @Schema(description = "A term an outlet favours over the others in the story (log-odds with an informative prior).")
    public record FavouredTerm(@Schema(description = "Stemmed form") String term,
                               @Schema(description = "As most often written") String display,
                               @Schema(description = "Uses by this outlet") long count,
                               @Schema(description = "Uses by the other outlets") long otherCount,
                               @Schema(description = "z-scored log-odds, higher is more favoured") double score) {
    }

    @Schema(description = "Who is quoted: the linked entity when known, else the text.")
    public record Speaker(@Schema(nullable = true) String entityId, String text) {
    }

    @Schema(description = "A quote an outlet carried.")
    public record StoryQuote(String outlet, String articleId, Speaker speaker, String text,
                             @Schema(description = "The other outlets that carried it too") List<String> sharedWith) {
    }

    @Schema(description = "A number one outlet reported.")
    public record ReportedValue(String outlet, String articleId, double value, String text) {
    }

    @Schema(description = "The numbers the outlets reported for one kind of fact.")
    public record StoryNumber(String kind, String unit, List<ReportedValue> values,
                              @Schema(enumeration = {"agree", "disagree", "single"}) String agreement) {
    }

    @Schema(description = "How the outlets of a story told it, side by side.")
    public record StoryComparison(List<String> outlets, List<SharedEntity> sharedEntities,
                                  Map<String, List<OutletEntity>> entitiesByOutlet,
                                  Map<String, List<FavouredTerm>> favouredTerms, List<StoryQuote> quotes,
                                  List<StoryNumber> numbers) {
    }

    @Schema(description = "A story with its articles by outlet, timeline, related stories and comparison.")
    public record StoryDetail(String id, String title, long articleCount, List<OutletCount> outlets,
                              List<String> languages, Instant firstPublishedAt, Instant lastPublishedAt,
                              Instant updatedAt, List<EntityRef> topEntities, String storylineId,
                              @Schema(description = "The id asked for, when it was merged into this story",
                                      nullable = true) String requestedId,
                              @Schema(description = "Stories merged into this one") List<String> mergedFrom,
                              List<OutletArticles> articlesByOutlet,
                              @Schema(description = "Oldest first") List<TimelineEntry> timeline,
                              List<RelatedStory> related, StoryComparison comparison) {
    }

    @Schema(description = "Counts across the observatory. stories appears once the store groups stories.")
    public record Stats(long articles, long entities, Long stories, long feeds, Map<String, Long> byLanguage,
                        Map<String, Long> byOutlet, Instant lastStoredAt) {
    }
}
