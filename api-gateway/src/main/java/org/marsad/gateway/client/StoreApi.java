package org.marsad.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** store-service's internal query API (docs/CONVENTIONS.md); null query parameters are left out. */
@Produces(MediaType.APPLICATION_JSON)
public interface StoreApi {

    @GET
    @Path("/articles")
    Response articles(@QueryParam("q") String q, @QueryParam("language") String language,
                      @QueryParam("outlet") String outlet, @QueryParam("entity") String entity,
                      @QueryParam("feed") String feed, @QueryParam("story") String story,
                      @QueryParam("since") String since, @QueryParam("until") String until,
                      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/articles/{id}")
    Response article(@PathParam("id") String id);

    @GET
    @Path("/entities")
    Response entities(@QueryParam("q") String q, @QueryParam("type") String type,
                      @QueryParam("limit") Integer limit);

    @GET
    @Path("/entities/{id}")
    Response entity(@PathParam("id") String id);

    @GET
    @Path("/stories")
    Response stories(@QueryParam("since") String since, @QueryParam("until") String until,
                     @QueryParam("entity") String entity, @QueryParam("outlet") String outlet,
                     @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/stories/{id}")
    Response story(@PathParam("id") String id);

    @GET
    @Path("/stats")
    Response stats();
}
