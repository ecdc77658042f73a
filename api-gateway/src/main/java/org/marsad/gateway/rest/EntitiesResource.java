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

/** People, organisations, places and other entities, read from store-service. */
@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
public class EntitiesResource {

    private final StoreClient store;

    public EntitiesResource(StoreClient store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "Search entities", description = "By name or alias in any script, and by type.")
    @APIResponse(responseCode = "200", description = "Matching entities",
            content = @Content(schema = @Schema(implementation = ApiSchema.EntityList.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response search(@Parameter(description = "Name or alias") @QueryParam("q") String q,
                           @Parameter(description = "PERSON, ORGANIZATION, LOCATION or MISC")
                           @QueryParam("type") String type,
                           @Parameter(description = "1 to 100") @QueryParam("limit") String limit) {
        return Relay.of(store.entities(QueryParams.text(q), QueryParams.text(type), QueryParams.limit(limit)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one entity", description = "Its aliases in every script, counts, and the articles and stories mentioning it.")
    @APIResponse(responseCode = "200", description = "The entity",
            content = @Content(schema = @Schema(implementation = ApiSchema.EntityDetail.class)))
    @APIResponse(responseCode = "404", description = "Unknown entity",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response entity(@PathParam("id") String id) {
        return Relay.of(store.entity(id));
    }
}
