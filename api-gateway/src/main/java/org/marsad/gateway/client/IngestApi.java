package org.marsad.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * ingest-service's internal HTTP API (docs/CONVENTIONS.md). Bodies travel as bytes so that the gateway passes
 * them on unchanged: ingest owns the validation of articles and feeds.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface IngestApi {

    String NDJSON = "application/x-ndjson";

    @POST
    @Path("/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    Response submit(byte[] article);

    @POST
    @Path("/articles/bulk")
    @Consumes(NDJSON)
    Response submitBulk(byte[] ndjson);

    @GET
    @Path("/feeds")
    Response feeds();

    @POST
    @Path("/feeds")
    @Consumes(MediaType.APPLICATION_JSON)
    Response addFeed(byte[] feed);

    @GET
    @Path("/feeds/{id}")
    Response feed(@PathParam("id") String id);

    @DELETE
    @Path("/feeds/{id}")
    Response deleteFeed(@PathParam("id") String id);
}
