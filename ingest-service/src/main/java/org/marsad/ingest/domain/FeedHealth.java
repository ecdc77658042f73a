package org.marsad.ingest.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a feed that fetches fine has gone quiet: the complaint about feed collectors is feeds that silently
 * stop. Stale = no new item for several times the feed's usual gap between new items (at least a few polls and
 * {@link #MIN_QUIET}, so a night without news is not an alarm); a feed whose cadence is not known yet (fewer
 * than two polls with new items) is stale after {@link #UNKNOWN_CADENCE_QUIET}.
 */
public final class FeedHealth {

    static final int GAPS = 4;
    static final int POLLS = 3;
    static final Duration MIN_QUIET = Duration.ofHours(6);
    static final Duration UNKNOWN_CADENCE_QUIET = Duration.ofDays(7);

    private FeedHealth() {
    }

    public static FeedStatus status(Feed feed, Instant now) {
        if (feed.status() != FeedStatus.OK) {
            return feed.status();
        }
        Instant quietSince = feed.lastNewItemAt() != null ? feed.lastNewItemAt() : feed.createdAt();
        return quietSince != null && now.isAfter(quietSince.plus(staleAfter(feed))) ? FeedStatus.STALE : FeedStatus.OK;
    }

    /** How long without new items makes {@code feed} stale. */
    public static Duration staleAfter(Feed feed) {
        Duration polls = Duration.ofSeconds((long) feed.pollSeconds() * POLLS);
        if (feed.newItemGapSeconds() == null) {
            return max(UNKNOWN_CADENCE_QUIET, polls);
        }
        Duration gaps = Duration.ofMillis(Math.round(feed.newItemGapSeconds() * 1000 * GAPS));
        return max(max(gaps, polls), MIN_QUIET);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
