package org.marsad.gateway.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marsad.gateway.client.IngestClient;

/** Feed subscriptions, owned by ingest-service. */
@Path("/api/v1/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
public class FeedsResource {

    private final IngestClient ingest;

    public FeedsResource(IngestClient ingest) {
        this.ingest = ingest;
    }

    @GET
    @Operation(summary = "List subscribed feeds", description = "With their polling state.")
    @APIResponse(responseCode = "200", description = "Every feed",
            content = @Content(schema = @Schema(implementation = ApiSchema.FeedList.class)))
    public Response feeds() {
        return Relay.of(ingest.feeds());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to a feed", description = "Idempotent: an already subscribed URL gives 200.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApiSchema.FeedSubscription.class)))
    @APIResponse(responseCode = "201", description = "Subscribed",
            content = @Content(schema = @Schema(implementation = ApiSchema.Feed.class)))
    @APIResponse(responseCode = "200", description = "Already subscribed",
            content = @Content(schema = @Schema(implementation = ApiSchema.Feed.class)))
    @APIResponse(responseCode = "400", description = "Invalid feed, or a URL on a private network",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @SecurityRequirement(name = MarsadApi.API_KEY)
    public Response subscribe(byte[] feed) {
        return Relay.of(ingest.addFeed(feed));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one feed and its health",
            description = "status ok / failing / stale, lastFetchedAt, lastSuccessAt, lastError, itemsSeen, "
                    + "itemsPublished, nextPollAt; its articles: GET /api/v1/articles?feed={id}.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(schema = @Schema(implementation = ApiSchema.Feed.class)))
    @APIResponse(responseCode = "404", description = "Unknown feed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response feed(@PathParam("id") String id) {
        return Relay.of(ingest.feed(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe from a feed", description = "Articles already stored stay.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "Unknown feed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @SecurityRequirement(name = MarsadApi.API_KEY)
    public Response unsubscribe(@PathParam("id") String id) {
        return Relay.of(ingest.deleteFeed(id));
    }
}
