package org.marsad.store.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marsad.store.config.StoreConfig;
import org.marsad.store.domain.EntityStats;
import org.marsad.store.service.EntityCatalog;

import java.util.List;

/** {@code /entities}: the entities named in stored articles, with how often they are named. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    /** The list's JSON shape: {@code {items: [...]}}. */
    public record EntityList(List<EntityStats> items) {
    }

    private final EntityCatalog catalog;
    private final StoreConfig config;

    public EntityResource(EntityCatalog catalog, StoreConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    @GET
    public EntityList list(@QueryParam("q") String q, @QueryParam("type") String type,
                           @QueryParam("limit") String limit) {
        String typeFilter = QueryParams.text(type);
        return new EntityList(catalog.list(QueryParams.text(q), typeFilter == null ? null : typeFilter.toUpperCase(),
                QueryParams.limit(limit, config.defaultLimit(), config.maxLimit())));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return catalog.find(id).map(e -> Response.ok(e).build())
                .orElseGet(() -> ApiError.notFound("no entity has id " + id));
    }
}
