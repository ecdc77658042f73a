package org.marsad.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marsad.ingest.service.FeedService;
import org.marsad.ingest.service.InvalidFeedException;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Feed subscriptions: {@code GET/POST /feeds}, {@code GET/DELETE /feeds/{id}}. */
@Path("/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    /** The body of POST /feeds; {@code fullText}: fetch the page of items that carry only a teaser. */
    public record FeedRequest(String url, String outlet, Integer pollSeconds, Boolean fullText) {
    }

    /** The body of GET /feeds. */
    public record FeedList(List<FeedView> items) {
    }

    private final FeedService feeds;
    private final ObjectReader requestReader;

    public FeedResource(FeedService feeds, ObjectMapper mapper) {
        this.feeds = feeds;
        this.requestReader = mapper.readerFor(FeedRequest.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @GET
    public FeedList list() {
        return new FeedList(feeds.list().stream().map(FeedView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(byte[] body) {
        FeedRequest request = parse(body);
        FeedService.Subscription subscription = feeds.subscribe(request.url(), request.outlet(),
                request.pollSeconds(), request.fullText());
        FeedView view = FeedView.of(subscription.feed());
        return subscription.created()
                ? Response.created(URI.create("/feeds/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return feeds.find(id)
                .map(feed -> Response.ok(FeedView.of(feed)).build())
                .orElseGet(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    public Response unsubscribe(@PathParam("id") String id) {
        return feeds.unsubscribe(id) ? Response.noContent().build() : notFound(id);
    }

    private FeedRequest parse(byte[] body) {
        try {
            FeedRequest request = body == null || body.length == 0 ? null : requestReader.readValue(body);
            if (request == null) {
                throw new InvalidFeedException("expected a JSON object {url, outlet?, pollSeconds?, fullText?}");
            }
            return request;
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new InvalidFeedException(field == null ? "expected a JSON object {url, outlet?, pollSeconds?, fullText?}"
                    : field + " has the wrong type");
        } catch (JsonProcessingException e) {
            throw new InvalidFeedException("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidFeedException("unreadable request body");
        }
    }

    private static Response notFound(String id) {
        return ErrorMappers.error(Response.Status.NOT_FOUND, "not_found", "no feed with id " + id);
    }
}
