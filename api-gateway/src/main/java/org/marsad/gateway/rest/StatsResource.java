package org.marsad.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marsad.gateway.client.IngestClient;
import org.marsad.gateway.client.StoreClient;

import java.io.IOException;

/**
 * Observatory-wide counts: store-service's statistics with the number of feeds from ingest-service. The store's
 * object is kept whole, so {@code stories} (and anything the store adds later) appears as soon as it has it.
 */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stats")
public class StatsResource {

    private final StoreClient store;
    private final IngestClient ingest;
    private final ObjectMapper json;

    public StatsResource(StoreClient store, IngestClient ingest, ObjectMapper json) {
        this.store = store;
        this.ingest = ingest;
        this.json = json;
    }

    @GET
    @Operation(summary = "Counts of articles, entities, feeds and stories, by language and outlet")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = ApiSchema.Stats.class)))
    public Response stats() throws IOException {
        ObjectNode stats;
        try (Response fromStore = store.stats()) {
            if (fromStore.getStatus() != 200) {
                return Relay.of(fromStore);
            }
            stats = (ObjectNode) json.readTree(fromStore.readEntity(byte[].class));
        }
        try (Response fromIngest = ingest.feeds()) {
            if (fromIngest.getStatus() != 200) {
                return Relay.of(fromIngest);
            }
            JsonNode feeds = json.readTree(fromIngest.readEntity(byte[].class)).path("items");
            stats.put("feeds", feeds.size());
        }
        return Response.ok(stats).build();
    }
}
