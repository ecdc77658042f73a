package org.marsad.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The ingest-service's settings ({@code marsad.ingest.*}), with their defaults in one place. */
@ConfigMapping(prefix = "marsad.ingest")
public interface IngestConfig {

    /** Largest accepted article: a whole POST /articles body, or one line of a bulk upload. */
    @WithDefault("2M")
    MemorySize maxArticleSize();

    /** Bulk lines published together: one seen-lookup and one seen-insert per batch, acks awaited per batch. */
    @WithDefault("500")
    int bulkBatchSize();

    /** How long to wait for the broker to acknowledge a publish before reporting it failed. */
    @WithDefault("30s")
    Duration publishTimeout();

    /**
     * Whether feed and article URLs may lead to loopback, private or link-local addresses (the SSRF guard is
     * off). For local use only: the launcher sets it for its demo feed.
     */
    @WithDefault("false")
    boolean allowPrivateNetworks();

    Feeds feeds();

    /** Feed polling. */
    interface Feeds {

        /** How often due feeds are looked for (the scheduler reads this key). "off" disables polling. */
        @WithDefault("5s")
        String pollTick();

        /** Feeds fetched at the same time. */
        @WithDefault("4")
        int parallelism();

        @WithDefault("10s")
        Duration connectTimeout();

        /** Whole-response timeout of one fetch. */
        @WithDefault("30s")
        Duration readTimeout();

        /** Largest feed document read (after decompression). */
        @WithDefault("16M")
        MemorySize maxFeedSize();

        @WithDefault("Marsad/0.1 (+https://github.com/marsad)")
        String userAgent();

        /** Most items read from one feed document; the rest is left out with a warning on the feed. */
        @WithDefault("1000")
        int maxItems();

        /** Longest wait between polls of a failing feed (unless its own interval is longer). */
        @WithDefault("1h")
        Duration maxBackoff();
    }
}
