package org.marsad.ingest.domain;

import java.time.Instant;

/**
 * A feed subscription and its polling state, as stored in {@code ingest.feed}.
 *
 * @param outlet   the outlet's name given by the subscriber, or taken from the feed's title on the first
 *                 successful fetch; null until then
 * @param failures          consecutive failed polls, for the back-off
 * @param fullText          fetch the article page when an item carries only a teaser
 * @param lastNewItemAt     the last poll that published something new, or null
 * @param newItemGapSeconds the usual time between such polls (smoothed), or null until known
 * @param lastWarning       what the last successful poll had to repair or leave out, or null
 */
public record Feed(
        String id,
        String url,
        String outlet,
        String title,
        int pollSeconds,
        String etag,
        String lastModified,
        FeedStatus status,
        Instant lastFetchedAt,
        Instant lastSuccessAt,
        String lastError,
        int failures,
        long itemsSeen,
        long itemsPublished,
        Instant nextPollAt,
        Instant createdAt,
        boolean fullText,
        Instant lastNewItemAt,
        Double newItemGapSeconds,
        String lastWarning) {

    /** The feed id of the contract: first 16 hex digits of SHA-256 of the normalised feed URL. */
    public static String idFor(String url) {
        return ContentHash.sha256Hex(CanonicalUrl.of(url)).substring(0, 16);
    }

    /** The outlet this feed's articles carry: as subscribed, else the feed's title, else its host. */
    public String effectiveOutlet() {
        return outletWithTitle(null);
    }

    /** Like {@link #effectiveOutlet()}, preferring {@code latestTitle} (just fetched) to the stored title. */
    public String outletWithTitle(String latestTitle) {
        if (outlet != null && !outlet.isBlank()) {
            return outlet;
        }
        for (String candidate : new String[] {latestTitle, title}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return CanonicalUrl.parse(url).getHost();
    }
}
