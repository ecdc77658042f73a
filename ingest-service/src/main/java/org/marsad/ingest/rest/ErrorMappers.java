package org.marsad.ingest.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.marsad.ingest.repository.RepositoryException;
import org.marsad.ingest.service.ArticleTooLargeException;
import org.marsad.ingest.service.InvalidArticleException;
import org.marsad.ingest.service.InvalidFeedException;
import org.marsad.ingest.service.PublishException;

/** Maps the service's exceptions to {@code {error, message}} responses with the right status. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e) {
        return error(Response.Status.BAD_REQUEST, "invalid_article", e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e) {
        return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidFeed(InvalidFeedException e) {
        return error(Response.Status.BAD_REQUEST, "invalid_feed", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notPublished(PublishException e) {
        LOG.warn(e.getMessage());
        return error(Response.Status.SERVICE_UNAVAILABLE, "unavailable", e.getMessage() + "; try again");
    }

    @ServerExceptionMapper
    public Response databaseDown(RepositoryException e) {
        LOG.warn(e.getMessage(), e);
        return error(Response.Status.SERVICE_UNAVAILABLE, "unavailable", "the database is unavailable; try again");
    }

    static Response error(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(code, message)).build();
    }
}
