package org.marsad.ingest.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marsad.events.RawArticle;
import org.marsad.ingest.config.IngestConfig;
import org.marsad.ingest.domain.BulkReport;
import org.marsad.ingest.service.ArticleIngestor;
import org.marsad.ingest.service.ArticleReader;
import org.marsad.ingest.service.ArticleTooLargeException;
import org.marsad.ingest.service.ArticleValidator;
import org.marsad.ingest.service.BulkIngestor;
import org.marsad.ingest.service.PublishOutcome;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;

/**
 * Pushed articles: {@code POST /articles} (one JSON object) and {@code POST /articles/bulk} (NDJSON). Both
 * answer 202 once the articles are on the broker; bodies are read as streams so that the size limits hold.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /** The answer to one article. */
    public record Accepted(String id, String status) {
    }

    private final ArticleReader reader;
    private final ArticleValidator validator;
    private final ArticleIngestor ingestor;
    private final BulkIngestor bulk;
    private final long maxArticleBytes;

    public ArticleResource(ArticleReader reader, ArticleValidator validator, ArticleIngestor ingestor,
                           BulkIngestor bulk, IngestConfig config) {
        this.reader = reader;
        this.validator = validator;
        this.ingestor = ingestor;
        this.bulk = bulk;
        this.maxArticleBytes = config.maxArticleSize().asLongValue();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body)
            throws IOException {
        if (contentLength != null && contentLength > maxArticleBytes) {
            throw new ArticleTooLargeException(maxArticleBytes);
        }
        RawArticle article = validator.validate(reader.read(readAtMost(body, maxArticleBytes)), Instant.now())
                .toRawArticle();
        PublishOutcome outcome = ingestor.ingest(article);
        return Response.accepted(new Accepted(article.id(), outcome.status().name().toLowerCase(Locale.ROOT)))
                .build();
    }

    @POST
    @Path("/bulk")
    @Consumes({"application/x-ndjson", MediaType.TEXT_PLAIN})
    public Response submitBulk(InputStream body) throws IOException {
        BulkReport report = bulk.ingest(body);
        return Response.accepted(report).build();
    }

    /** Chunked requests have no Content-Length, so the limit is also enforced while reading. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new ArticleTooLargeException(limit);
        }
        return bytes;
    }
}
