package org.marsad.gateway.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marsad.events.EnrichedArticle;
import org.marsad.gateway.client.ArticleQuery;
import org.marsad.gateway.client.IngestApi;
import org.marsad.gateway.client.IngestClient;
import org.marsad.gateway.client.StoreClient;

/** Articles: submitted to ingest-service, searched and read from store-service. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticlesResource {

    private final IngestClient ingest;
    private final StoreClient store;

    public ArticlesResource(IngestClient ingest, StoreClient store) {
        this.ingest = ingest;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one article", description = "Queued for enrichment; idempotent by article id.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApiSchema.ArticleSubmission.class)))
    @APIResponse(responseCode = "202", description = "Accepted or already known",
            content = @Content(schema = @Schema(implementation = ApiSchema.SubmissionAccepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid article",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "Article too large",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @SecurityRequirement(name = MarsadApi.API_KEY)
    public Response submit(byte[] article) {
        return Relay.of(ingest.submit(article));
    }

    @POST
    @Path("/bulk")
    @Consumes(IngestApi.NDJSON)
    @Operation(summary = "Submit many articles as NDJSON",
            description = "One ArticleSubmission per line; each line is accepted or rejected on its own.")
    @RequestBody(required = true, content = @Content(mediaType = IngestApi.NDJSON,
            schema = @Schema(implementation = ApiSchema.ArticleSubmission.class)))
    @APIResponse(responseCode = "202", description = "Per-line outcome",
            content = @Content(schema = @Schema(implementation = ApiSchema.BulkResult.class)))
    @APIResponse(responseCode = "413", description = "Upload larger than 64 MB")
    @SecurityRequirement(name = MarsadApi.API_KEY)
    public Response submitBulk(byte[] ndjson) {
        // Buffered rather than streamed: the 64 MB body limit bounds it, and ingest answers only once it has read
        // every line anyway.
        return Relay.of(ingest.submitBulk(ndjson));
    }

    @GET
    @Operation(summary = "Search stored articles", description = "Newest first; page with next/cursor.")
    @APIResponse(responseCode = "200", description = "One page of results",
            content = @Content(schema = @Schema(implementation = ApiSchema.ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response search(
            @Parameter(description = "Full-text query, Arabic-aware") @QueryParam("q") String q,
            @Parameter(description = "ISO 639-1 code", example = "ar") @QueryParam("language") String language,
            @QueryParam("outlet") String outlet,
            @Parameter(description = "Entity id") @QueryParam("entity") String entity,
            @Parameter(description = "Feed id") @QueryParam("feed") String feed,
            @Parameter(description = "Story id: the articles of one story") @QueryParam("story") String story,
            @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("since") String since,
            @Parameter(description = "ISO-8601 instant") @QueryParam("until") String until,
            @Parameter(description = "1 to 100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = "The next value of the previous page") @QueryParam("cursor") String cursor) {
        ArticleQuery query = new ArticleQuery(QueryParams.text(q), QueryParams.text(language),
                QueryParams.text(outlet), QueryParams.text(entity), QueryParams.text(feed), QueryParams.text(story),
                QueryParams.instant("since", since), QueryParams.instant("until", until),
                QueryParams.limit(limit), QueryParams.text(cursor));
        QueryParams.window(query.since(), query.until());
        return Relay.of(store.articles(query));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one enriched article",
            description = "Every field of the enriched article plus storedAt; 404 until it is stored.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = EnrichedArticle.class)))
    @APIResponse(responseCode = "404", description = "Not stored (yet)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response article(@PathParam("id") String id) {
        return Relay.of(store.article(id));
    }
}
