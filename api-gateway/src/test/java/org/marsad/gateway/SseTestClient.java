package org.marsad.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A plain Server-Sent Events reader for tests: collects events and comment lines as they arrive. */
final class SseTestClient implements AutoCloseable {

    /** One dispatched event (fields as on the wire; data lines joined with \n). */
    record Event(String name, String id, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile String contentType;

    private SseTestClient(URI uri, String lastEventId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        HttpRequest request = builder.GET().build();
        response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(this::read);
    }

    static SseTestClient connect(URI uri) {
        return new SseTestClient(uri, null);
    }

    /** Connects as an EventSource does when it comes back: with the id of the last event it received. */
    static SseTestClient resume(URI uri, String lastEventId) {
        return new SseTestClient(uri, lastEventId);
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    List<String> comments() {
        return List.copyOf(comments);
    }

    String contentType() {
        return contentType;
    }

    private void read(HttpResponse<Stream<String>> answer) {
        contentType = answer.headers().firstValue("Content-Type").orElse("");
        String name = null;
        String id = null;
        StringBuilder data = null;
        for (String line : (Iterable<String>) answer.body()::iterator) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new Event(name, id, data.toString()));
                }
                name = null;
                data = null;
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).strip());
            } else {
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                switch (field) {
                    case "event" -> name = value;
                    case "id" -> id = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> {
                        // retry and unknown fields do not matter here
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
