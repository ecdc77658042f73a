package org.marsad.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.marsad.gateway.config.GatewayConfig;

/**
 * Calls ingest-service. Answers come back as they are, whatever their status; only a missing answer becomes
 * an {@link UpstreamUnavailableException}.
 */
@ApplicationScoped
public class IngestClient {

    private final IngestApi api;
    /** Same API with the long bulk timeout: one slow upload must not stretch every other call's patience. */
    private final IngestApi bulkApi;

    public IngestClient(GatewayConfig config) {
        this.api = UpstreamCalls.client(IngestApi.class, config.ingestUrl(), config.connectTimeout(),
                config.readTimeout());
        this.bulkApi = UpstreamCalls.client(IngestApi.class, config.ingestUrl(), config.connectTimeout(),
                config.bulkTimeout());
    }

    public Response submit(byte[] article) {
        return UpstreamCalls.call(Upstream.INGEST, () -> api.submit(article));
    }

    public Response submitBulk(byte[] ndjson) {
        return UpstreamCalls.call(Upstream.INGEST, () -> bulkApi.submitBulk(ndjson));
    }

    public Response feeds() {
        return UpstreamCalls.call(Upstream.INGEST, api::feeds);
    }

    public Response addFeed(byte[] feed) {
        return UpstreamCalls.call(Upstream.INGEST, () -> api.addFeed(feed));
    }

    public Response feed(String id) {
        return UpstreamCalls.call(Upstream.INGEST, () -> api.feed(id));
    }

    public Response deleteFeed(String id) {
        return UpstreamCalls.call(Upstream.INGEST, () -> api.deleteFeed(id));
    }
}
