package org.marsad.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The gateway's own settings ({@code marsad.gateway.*}): where the internal services live, how long to wait
 * for them, which API keys open write access, and how the live stream behaves.
 */
@ConfigMapping(prefix = "marsad.gateway")
public interface GatewayConfig {

    /** Base URL of ingest-service (env {@code MARSAD_GATEWAY_INGEST_URL}). */
    @WithDefault("http://localhost:8081")
    URI ingestUrl();

    /** Base URL of store-service (env {@code MARSAD_GATEWAY_STORE_URL}). */
    @WithDefault("http://localhost:8083")
    URI storeUrl();

    /** How long to wait for a TCP connection to an internal service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for an internal service's answer. */
    @WithDefault("10s")
    Duration readTimeout();

    /** How long to wait for ingest-service to take a bulk upload (it validates every line first). */
    @WithDefault("120s")
    Duration bulkTimeout();

    /** How long the readiness check waits for each internal service's own readiness. */
    @WithDefault("1s")
    Duration healthTimeout();

    /** Keys that open POST/DELETE under /api/v1 (env {@code MARSAD_API_KEYS}, comma-separated); none = open. */
    Optional<List<String>> apiKeys();

    /** The live stream. */
    Stream stream();

    /** Settings of {@code GET /api/v1/stream}. */
    interface Stream {

        /** Interval of the keep-alive comment, shorter than the idle timeout of common proxies (30-60 s). */
        @WithDefault("15s")
        Duration heartbeat();

        /** Events held for one client that is not reading; a client further behind is disconnected (and resumes). */
        @WithDefault("256")
        int buffer();

        /** Recent events kept in memory for clients that reconnect; older ones are read back from Kafka. */
        @WithDefault("1024")
        int replay();

        /** Most events read back from Kafka for one reconnecting client; further behind, it gets a reset. */
        @WithDefault("10000")
        int maxCatchUp();

        /** How long reading back from Kafka may take before the client gets a reset instead. */
        @WithDefault("10s")
        Duration catchUpTimeout();
    }
}
