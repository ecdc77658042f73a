package org.marsad.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts a fake ingest-service and a fake store-service for a {@code @QuarkusTest} and points the gateway at
 * them. Tests reach them through {@link #ingest()} and {@link #store()}.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    private static volatile FakeUpstream ingest;
    private static volatile FakeUpstream store;

    public static FakeUpstream ingest() {
        return ingest;
    }

    public static FakeUpstream store() {
        return store;
    }

    /** Both fakes forget what they saw and were told: call before each test. */
    public static void reset() {
        ingest.reset();
        store.reset();
    }

    @Override
    public Map<String, String> start() {
        ingest = FakeUpstream.start();
        store = FakeUpstream.start();
        return Map.of("marsad.gateway.ingest-url", ingest.url(), "marsad.gateway.store-url", store.url());
    }

    @Override
    public void stop() {
        ingest.stop();
        store.stop();
    }
}
