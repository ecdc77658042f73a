package org.marsad.ingest.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FeedHealthTest {

    private static final Instant NOW = Instant.parse("2024-05-10T12:00:00Z");

    private static Feed feed(FeedStatus status, int pollSeconds, Instant lastNewItemAt, Double gapSeconds) {
        return new Feed("id", "https://news.example.org/rss", null, null, pollSeconds, null, null, status, NOW, NOW,
                null, 0, 10, 10, NOW, NOW.minus(Duration.ofDays(30)), false, lastNewItemAt, gapSeconds, null);
    }

    @Test
    void aFeedThatUsuallyPublishesHourlyIsStaleAfterAQuietDay() {
        double hourly = 3600;
        assertThat(FeedHealth.status(feed(FeedStatus.OK, 300, NOW.minus(Duration.ofHours(5)), hourly), NOW))
                .as("quiet for 5 h: under the 6 h floor").isEqualTo(FeedStatus.OK);
        assertThat(FeedHealth.status(feed(FeedStatus.OK, 300, NOW.minus(Duration.ofHours(7)), hourly), NOW))
                .isEqualTo(FeedStatus.STALE);
    }

    @Test
    void aWeeklyFeedIsNotStaleAfterAFewDays() {
        double weekly = Duration.ofDays(7).toSeconds();
        assertThat(FeedHealth.status(feed(FeedStatus.OK, 3600, NOW.minus(Duration.ofDays(10)), weekly), NOW))
                .isEqualTo(FeedStatus.OK);
        assertThat(FeedHealth.status(feed(FeedStatus.OK, 3600, NOW.minus(Duration.ofDays(29)), weekly), NOW))
                .isEqualTo(FeedStatus.STALE);
    }

    @Test
    void withoutAKnownCadenceAWeekOfSilenceIsStale() {
        assertThat(FeedHealth.status(feed(FeedStatus.OK, 300, NOW.minus(Duration.ofDays(6)), null), NOW))
                .isEqualTo(FeedStatus.OK);
        assertThat(FeedHealth.status(feed(FeedStatus.OK, 300, null, null), NOW))
                .as("never a new item in 30 days").isEqualTo(FeedStatus.STALE);
    }

    @Test
    void failingAndNewFeedsKeepTheirStatus() {
        assertThat(FeedHealth.status(feed(FeedStatus.FAILING, 300, NOW.minus(Duration.ofDays(60)), 60.0), NOW))
                .isEqualTo(FeedStatus.FAILING);
        assertThat(FeedHealth.status(feed(FeedStatus.NEW, 300, null, null), NOW)).isEqualTo(FeedStatus.NEW);
    }
}
