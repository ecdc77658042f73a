package org.marsad.ingest.rest;

import org.marsad.ingest.domain.Feed;
import org.marsad.ingest.domain.FeedStatus;

import java.time.Instant;

/** A feed as the API shows it (CONVENTIONS.md "Feed"); HTTP validators and counters stay internal. */
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
        Instant createdAt) {

    static FeedView of(Feed feed) {
        return new FeedView(feed.id(), feed.url(), feed.effectiveOutlet(), feed.title(), feed.pollSeconds(),
                feed.status(), feed.lastFetchedAt(), feed.lastSuccessAt(), feed.lastError(), feed.itemsSeen(),
                feed.itemsPublished(), feed.nextPollAt(), feed.createdAt());
    }
}
