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
                                 @Schema(description = "At most 8, most mentioned first") List<EntityRef> entities) {
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

    @Schema(description = "One entity and the articles that mention it.")
    public record EntityDetail(String id, String type, String name, List<String> aliases, long articleCount,
                               long mentionCount, List<ArticleSummary> articles) {
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

    @Schema(description = "Counts across the observatory. stories appears once the store groups stories.")
    public record Stats(long articles, long entities, Long stories, long feeds, Map<String, Long> byLanguage,
                        Map<String, Long> byOutlet, Instant lastStoredAt) {
    }
}
