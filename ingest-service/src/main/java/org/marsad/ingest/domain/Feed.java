package org.marsad.ingest.domain;

import java.time.Instant;

/**
 * A feed subscription and its polling state, as stored in {@code ingest.feed}.
 *
 * @param outlet   the outlet's name given by the subscriber, or taken from the feed's title on the first
 *                 successful fetch; null until then
 * @param failures consecutive failed polls, for the back-off
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
        Instant createdAt) {

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
