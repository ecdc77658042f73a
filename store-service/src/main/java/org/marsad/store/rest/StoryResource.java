package org.marsad.store.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marsad.store.config.StoreConfig;
import org.marsad.store.domain.Page;
import org.marsad.store.domain.StoryQuery;
import org.marsad.store.domain.StorySummary;
import org.marsad.store.service.StoryCatalog;

/** {@code /stories}: the reports of one event across outlets, most recently updated first, and one story whole. */
@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    private final StoryCatalog catalog;
    private final StoreConfig config;

    public StoryResource(StoryCatalog catalog, StoreConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    @GET
    public Page<StorySummary> list(@QueryParam("since") String since, @QueryParam("until") String until,
                                   @QueryParam("entity") String entity, @QueryParam("outlet") String outlet,
                                   @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return catalog.list(new StoryQuery(QueryParams.instant("since", since), QueryParams.instant("until", until),
                QueryParams.text(entity), QueryParams.text(outlet),
                QueryParams.limit(limit, config.defaultLimit(), config.maxLimit()), QueryParams.cursor(cursor)));
    }

    /** The story, also by the id of a story merged into it (then {@code requestedId} says which was asked). */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return catalog.find(id).map(s -> Response.ok(s).build())
                .orElseGet(() -> ApiError.notFound("no story has id " + id));
    }
}
