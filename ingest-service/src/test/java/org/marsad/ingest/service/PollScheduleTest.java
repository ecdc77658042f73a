package org.marsad.ingest.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PollScheduleTest {

    private static final Instant NOW = Instant.parse("2024-05-01T00:00:00Z");

    @Test
    void pollsAgainAfterTheIntervalWithinTenPercent() {
        assertThat(new PollSchedule(Duration.ofHours(1), () -> 0.0).afterSuccess(NOW, 300))
                .isEqualTo(NOW.plusSeconds(270));
        assertThat(new PollSchedule(Duration.ofHours(1), () -> 0.5).afterSuccess(NOW, 300))
                .isEqualTo(NOW.plusSeconds(300));
        assertThat(new PollSchedule(Duration.ofHours(1), () -> 0.999_999).afterSuccess(NOW, 300))
                .isBetween(NOW.plusSeconds(329), NOW.plusSeconds(330));
    }

    @Test
    void backsOffExponentiallyUpToAnHour() {
        PollSchedule schedule = new PollSchedule(Duration.ofHours(1), () -> 0.5);
        assertThat(schedule.afterFailure(NOW, 300, 1)).isEqualTo(NOW.plusSeconds(300));
        assertThat(schedule.afterFailure(NOW, 300, 2)).isEqualTo(NOW.plusSeconds(600));
        assertThat(schedule.afterFailure(NOW, 300, 3)).isEqualTo(NOW.plusSeconds(1200));
        assertThat(schedule.afterFailure(NOW, 300, 5)).isEqualTo(NOW.plusSeconds(3600));
        assertThat(schedule.afterFailure(NOW, 300, 500)).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void neverPollsAFailingFeedMoreOftenThanAHealthyOne() {
        PollSchedule schedule = new PollSchedule(Duration.ofHours(1), () -> 0.5);
        assertThat(schedule.afterFailure(NOW, 86_400, 3)).isEqualTo(NOW.plusSeconds(86_400));
    }
}
