package org.marsad.ingest.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.marsad.ingest.config.IngestConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When a feed is polled next: its interval after a success; after failures, the interval doubled per
 * consecutive failure up to the cap. Both with ±10% jitter so feeds added together drift apart instead of
 * hitting the network (and one host) in the same second forever.
 */
@Singleton
public class PollSchedule {

    private final Duration maxBackoff;
    private final DoubleSupplier random;

    @Inject
    public PollSchedule(IngestConfig config) {
        this(config.feeds().maxBackoff(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random values in [0, 1) */
    public PollSchedule(Duration maxBackoff, DoubleSupplier random) {
        this.maxBackoff = maxBackoff;
        this.random = random;
    }

    public Instant afterSuccess(Instant now, int pollSeconds) {
        return now.plus(jittered(pollSeconds));
    }

    /** @param failures consecutive failures including this one (1 for the first) */
    public Instant afterFailure(Instant now, int pollSeconds, int failures) {
        long cap = Math.max(pollSeconds, maxBackoff.toSeconds());
        long delay = (long) pollSeconds << Math.min(Math.max(failures - 1, 0), 20);
        return now.plus(jittered(Math.min(delay, cap)));
    }

    private Duration jittered(long seconds) {
        double factor = 0.9 + 0.2 * random.getAsDouble();
        return Duration.ofMillis(Math.round(seconds * 1000 * factor));
    }
}
