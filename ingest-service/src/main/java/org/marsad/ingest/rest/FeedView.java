package org.marsad.ingest.rest;

import org.marsad.ingest.domain.Feed;
import org.marsad.ingest.domain.FeedHealth;
import org.marsad.ingest.domain.FeedStatus;

import java.time.Instant;

/**
 * A feed as the API shows it (CONVENTIONS.md "Feed"); HTTP validators and counters stay internal.
 * {@code status} is computed at read time ({@link FeedHealth}: "stale" is never stored); {@code lastWarning} says
 * what the last successful poll had to repair or leave out (a cut-off document, items over the limit).
 */
public record FeedView(
        String id,
        String url,
        String outlet,
        String title,
        int pollSeconds,
        FeedStatus status,
        Instant lastFetchedAt,
        Instant lastSuccessAt,
        String lastError,
        long itemsSeen,
        long itemsPublished,
        Instant nextPollAt,
        Instant createdAt,
        boolean fullText,
        Instant lastNewItemAt,
        String lastWarning) {

    static FeedView of(Feed feed) {
        return new FeedView(feed.id(), feed.url(), feed.effectiveOutlet(), feed.title(), feed.pollSeconds(),
                FeedHealth.status(feed, Instant.now()), feed.lastFetchedAt(), feed.lastSuccessAt(), feed.lastError(),
                feed.itemsSeen(), feed.itemsPublished(), feed.nextPollAt(), feed.createdAt(), feed.fullText(),
                feed.lastNewItemAt(), feed.lastWarning());
    }
}
