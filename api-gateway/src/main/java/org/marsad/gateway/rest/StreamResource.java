package org.marsad.gateway.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.marsad.gateway.config.GatewayConfig;
import org.marsad.gateway.stream.KafkaCatchUp;
import org.marsad.gateway.stream.StreamCursor;
import org.marsad.gateway.stream.StreamEvent;
import org.marsad.gateway.stream.StreamHub;
import org.marsad.gateway.stream.StreamPosition;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The live stream as Server-Sent Events: {@code event: article} (an ArticleStored) and {@code event: story} (a
 * StoryUpdated), each with an {@code id:} naming the client's place in every Kafka partition. A client that sends
 * it back as {@code Last-Event-ID} (EventSource does on reconnect) gets exactly the events after it: from memory
 * for a short break, read back from Kafka for a longer one. Only when that is impossible (more than
 * {@code max-catch-up} events behind, or trimmed by retention) does it get {@code event: reset} first, its cue to
 * reload what it shows. A comment line every heartbeat keeps idle proxies from closing the connection.
 */
@Path("/api/v1/stream")
@Tag(name = "Stream")
public class StreamResource {

    static final String RESET = "reset";
    /** How soon a browser's EventSource should reconnect after the connection drops. */
    private static final long RECONNECT_MILLIS = 3_000;

    private final StreamHub hub;
    private final KafkaCatchUp catchUp;
    private final GatewayConfig config;
    private final MeterRegistry metrics;

    public StreamResource(StreamHub hub, KafkaCatchUp catchUp, GatewayConfig config, MeterRegistry metrics) {
        this.hub = hub;
        this.catchUp = catchUp;
        this.config = config;
        this.metrics = metrics;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Follow articles and stories as they are stored",
            description = "Server-Sent Events: 'article' (data: ArticleStored) and 'story' (data: StoryUpdated); "
                    + "fetch the whole article or story by id. Send the last id received as Last-Event-ID (or "
                    + "lastEventId) to resume exactly after it; 'reset' means events were lost (too far behind): "
                    + "reload, then carry on.")
    @APIResponse(responseCode = "200", description = "An endless event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(oneOf = {org.marsad.events.ArticleStored.class,
                            org.marsad.events.StoryUpdated.class})))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Only articles (and stories) in this language", example = "ar")
            @QueryParam("language") String language,
            @Parameter(description = "Only articles (and stories) from this outlet") @QueryParam("outlet") String outlet,
            @Parameter(description = "The id of the last event received; set by EventSource on reconnect")
            @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @Parameter(description = "The same as Last-Event-ID, for clients that cannot set headers")
            @QueryParam("lastEventId") String lastEventIdParam,
            @Context Sse sse) {
        String lastEventId = QueryParams.text(lastEventIdHeader) != null ? lastEventIdHeader : lastEventIdParam;
        Optional<StreamPosition> resumeFrom = StreamPosition.parse(lastEventId);
        Filter filter = new Filter(QueryParams.text(language), QueryParams.text(outlet));
        StreamHub.Joined joined = hub.join(resumeFrom, config.stream().buffer());
        StreamCursor cursor = new StreamCursor(resumeFrom.map(from -> from.orElse(hub.started()))
                .orElse(joined.now()));

        Multi<OutboundSseEvent> missed;
        if (QueryParams.text(lastEventId) != null && resumeFrom.isEmpty()) {
            resumed("unknown_id");
            missed = Multi.createFrom().item(() -> reset(sse, cursor, joined.now(), "unknown_event_id"));
        } else if (resumeFrom.isEmpty()) {
            missed = Multi.createFrom().empty();
        } else if (joined.missed().isPresent()) {
            resumed("memory");
            missed = deliver(Multi.createFrom().iterable(joined.missed().get()), cursor, filter, sse);
        } else {
            StreamPosition from = resumeFrom.get().orElse(hub.started());
            missed = Uni.createFrom().item(() -> catchUp.read(from, joined.now()))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .onItem().transformToMulti(read -> {
                        resumed(read.complete() ? "kafka" : "too_far_behind");
                        return read.complete()
                                ? deliver(Multi.createFrom().iterable(read.events()), cursor, filter, sse)
                                : Multi.createFrom().item(reset(sse, cursor, joined.now(), "too_far_behind"));
                    });
        }
        Multi<OutboundSseEvent> live = deliver(joined.live(), cursor, filter, sse);
        // The first comment sends the response headers at once, so clients know they are connected.
        Multi<OutboundSseEvent> hello = Multi.createFrom().item(
                sse.newEventBuilder().comment("connected").reconnectDelay(RECONNECT_MILLIS).build());
        Duration heartbeat = config.stream().heartbeat();
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().startingAfter(heartbeat).every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // Events strictly in order: hello, then what was missed, then live; heartbeats merged alongside. A client
        // too slow for its queue is let go: its EventSource reconnects with its last id and resumes.
        Multi<OutboundSseEvent> events = Multi.createBy().concatenating().streams(hello, missed, live);
        return Multi.createBy().merging().streams(events, heartbeats)
                .onFailure(BackPressureFailure.class).recoverWithCompletion()
                .onTermination().invoke(joined.leave());
    }

    /** Only articles and stories in this language and from this outlet (null = any). */
    private record Filter(String language, String outlet) {
    }

    /** The records the client has not had yet, moving its cursor, as SSE events of those it asked for. */
    private static Multi<OutboundSseEvent> deliver(Multi<StreamEvent> records, StreamCursor cursor, Filter filter,
                                                   Sse sse) {
        return records.select().where(cursor::advance)
                .select().where(e -> e.matches(filter.language(), filter.outlet()))
                .map(e -> sse.newEventBuilder()
                        .name(e.name())
                        .id(cursor.eventId())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(e.payload())
                        .build());
    }

    /** Events were lost for this client: it skips to now and is told to reload. */
    private static OutboundSseEvent reset(Sse sse, StreamCursor cursor, StreamPosition now, String reason) {
        cursor.moveTo(now);
        return sse.newEventBuilder()
                .name(RESET)
                .id(cursor.eventId())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(Map.of("reason", reason))
                .build();
    }

    private void resumed(String how) {
        metrics.counter("marsad.stream.resumes", "from", how).increment();
    }
}
