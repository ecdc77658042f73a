package org.marsad.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.marsad.gateway.config.GatewayConfig;

/**
 * Calls store-service. Answers come back as they are, whatever their status; only a missing answer becomes
 * an {@link UpstreamUnavailableException}.
 */
@ApplicationScoped
public class StoreClient {

    private final StoreApi api;

    public StoreClient(GatewayConfig config) {
        this.api = UpstreamCalls.client(StoreApi.class, config.storeUrl(), config.connectTimeout(),
                config.readTimeout());
    }

    public Response articles(ArticleQuery query) {
        return UpstreamCalls.call(Upstream.STORE, () -> api.articles(query.q(), query.language(),
                query.outlet(), query.entity(), query.feed(), query.story(), query.since(), query.until(),
                query.limit(), query.cursor()));
    }

    public Response article(String id) {
        return UpstreamCalls.call(Upstream.STORE, () -> api.article(id));
    }

    public Response entities(String q, String type, Integer limit) {
        return UpstreamCalls.call(Upstream.STORE, () -> api.entities(q, type, limit));
    }

    public Response entity(String id) {
        return UpstreamCalls.call(Upstream.STORE, () -> api.entity(id));
    }

    public Response stories(StoryQuery query) {
        return UpstreamCalls.call(Upstream.STORE, () -> api.stories(query.since(), query.until(), query.entity(),
                query.outlet(), query.limit(), query.cursor()));
    }

    public Response story(String id) {
        return UpstreamCalls.call(Upstream.STORE, () -> api.story(id));
    }

    public Response stats() {
        return UpstreamCalls.call(Upstream.STORE, api::stats);
    }
}
