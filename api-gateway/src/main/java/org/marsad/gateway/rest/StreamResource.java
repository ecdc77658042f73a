package org.marsad.gateway.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marsad.events.ArticleStored;
import org.marsad.gateway.config.GatewayConfig;
import org.marsad.gateway.stream.ArticleHub;
import org.marsad.gateway.stream.StreamedArticle;

import java.time.Duration;

/**
 * The live stream: every article as it is stored, as Server-Sent Events. Each event is
 * {@code event: article}, {@code id: <partition>-<offset>}, {@code data: <ArticleStored JSON>}; a comment line
 * every heartbeat keeps idle proxies from closing the connection.
 */
@Path("/api/v1/stream")
@Tag(name = "Stream")
public class StreamResource {

    static final String EVENT_NAME = "article";
    /** How soon a browser's EventSource should reconnect after the connection drops. */
    private static final long RECONNECT_MILLIS = 3_000;

    private final ArticleHub hub;
    private final GatewayConfig config;

    public StreamResource(ArticleHub hub, GatewayConfig config) {
        this.hub = hub;
        this.config = config;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Follow articles as they are stored",
            description = "Server-Sent Events from now on (no replay): 'article' events whose data is an "
                    + "ArticleStored; fetch the whole article from /api/v1/articles/{id}.")
    @APIResponse(responseCode = "200", description = "An endless event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = ArticleStored.class)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Only articles in this language", example = "ar")
            @QueryParam("language") String language,
            @Parameter(description = "Only articles from this outlet") @QueryParam("outlet") String outlet,
            @Context Sse sse) {
        // The first comment sends the response headers at once, so clients know they are connected.
        Multi<OutboundSseEvent> hello = Multi.createFrom().item(
                sse.newEventBuilder().comment("connected").reconnectDelay(RECONNECT_MILLIS).build());
        String onlyLanguage = QueryParams.text(language);
        String onlyOutlet = QueryParams.text(outlet);
        Multi<OutboundSseEvent> articles = hub.subscribe(config.stream().buffer())
                .select().where(item -> matches(item.article(), onlyLanguage, onlyOutlet))
                .map(item -> event(sse, item));
        Duration heartbeat = config.stream().heartbeat();
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().startingAfter(heartbeat).every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // A client too slow for its buffer is let go: ending the stream closes the connection (and stops its
        // heartbeats), its EventSource reconnects after RECONNECT_MILLIS.
        return Multi.createBy().merging().streams(hello, articles, heartbeats)
                .onFailure(BackPressureFailure.class).recoverWithCompletion();
    }

    private static boolean matches(ArticleStored article, String language, String outlet) {
        return (language == null || language.equalsIgnoreCase(article.language()))
                && (outlet == null || outlet.equals(article.outlet()));
    }

    private static OutboundSseEvent event(Sse sse, StreamedArticle item) {
        return sse.newEventBuilder()
                .name(EVENT_NAME)
                .id(item.eventId())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(ArticleStored.class, item.article())
                .build();
    }
}
