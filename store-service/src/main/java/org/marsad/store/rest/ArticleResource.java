package org.marsad.store.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marsad.store.config.StoreConfig;
import org.marsad.store.domain.ArticleQuery;
import org.marsad.store.domain.ArticleSummary;
import org.marsad.store.domain.Page;
import org.marsad.store.domain.StoredDocument;
import org.marsad.store.service.ArticleCatalog;

/** {@code /articles}: search and list stored articles, and fetch one whole. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleCatalog catalog;
    private final StoreConfig config;
    private final ObjectMapper json;

    public ArticleResource(ArticleCatalog catalog, StoreConfig config, ObjectMapper json) {
        this.catalog = catalog;
        this.config = config;
        this.json = json;
    }

    @GET
    public Page<ArticleSummary> list(@QueryParam("q") String q, @QueryParam("language") String language,
                                     @QueryParam("outlet") String outlet, @QueryParam("entity") String entity,
                                     @QueryParam("feed") String feed, @QueryParam("story") String story,
                                     @QueryParam("since") String since,
                                     @QueryParam("until") String until, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor) {
        return catalog.list(new ArticleQuery(QueryParams.text(q), QueryParams.text(language),
                QueryParams.text(outlet), QueryParams.text(entity), QueryParams.text(feed), QueryParams.text(story),
                QueryParams.instant("since", since), QueryParams.instant("until", until),
                QueryParams.limit(limit, config.defaultLimit(), config.maxLimit()), QueryParams.cursor(cursor)));
    }

    /** The stored EnrichedArticle, as the NLP service wrote it, plus {@code storedAt}, {@code storyId} and its near-duplicates. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) throws JsonProcessingException {
        StoredDocument stored = catalog.find(id).orElse(null);
        if (stored == null) {
            return ApiError.notFound("no stored article has id " + id);
        }
        ObjectNode doc = (ObjectNode) json.readTree(stored.json());
        doc.put("storedAt", stored.storedAt().toString());
        doc.put("storyId", stored.storyId());
        doc.set("nearDuplicates", json.valueToTree(catalog.nearDuplicates(id)));
        return Response.ok(doc).build();
    }
}
