package org.marsad.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marsad.gateway.client.StoreClient;
import org.marsad.gateway.client.StoryQuery;

/** Stories (the reports of one event across outlets) and how each outlet told them, read from store-service. */
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoriesResource {

    private final StoreClient store;

    public StoriesResource(StoreClient store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "List recent stories", description = "Most recently updated first; page with next/cursor.")
    @APIResponse(responseCode = "200", description = "One page of stories",
            content = @Content(schema = @Schema(implementation = ApiSchema.StoryPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response stories(
            @Parameter(description = "ISO-8601 instant: updated at or after") @QueryParam("since") String since,
            @Parameter(description = "ISO-8601 instant") @QueryParam("until") String until,
            @Parameter(description = "Only stories mentioning this entity id") @QueryParam("entity") String entity,
            @Parameter(description = "Only stories this outlet reported") @QueryParam("outlet") String outlet,
            @Parameter(description = "1 to 100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = "The next value of the previous page") @QueryParam("cursor") String cursor) {
        StoryQuery query = new StoryQuery(QueryParams.instant("since", since), QueryParams.instant("until", until),
                QueryParams.text(entity), QueryParams.text(outlet), QueryParams.limit(limit),
                QueryParams.text(cursor));
        QueryParams.window(query.since(), query.until());
        return Relay.of(store.stories(query));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one story and its comparison",
            description = "Its articles grouped by outlet, a timeline, related stories of the same storyline, and "
                    + "the comparison: entities every outlet mentions and those only some do, the terms each "
                    + "outlet favours, quotes (marking those several outlets carried) and numbers (marking "
                    + "agreement). The id of a story merged into another resolves to the survivor "
                    + "(requestedId then tells which id was asked for).")
    @APIResponse(responseCode = "200", description = "The story",
            content = @Content(schema = @Schema(implementation = ApiSchema.StoryDetail.class)))
    @APIResponse(responseCode = "404", description = "Unknown story",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response story(@PathParam("id") String id) {
        return Relay.of(store.story(id));
    }
}
