package org.marsad.ingest.feed;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedFetcherTest {

    private HttpServer server;
    private final FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(1), 1_000, "Test/1",
            new NetworkGuard(true));
    /** The same fetcher with the SSRF guard on, as in production. */
    private final FeedFetcher guarded = new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(1), 1_000,
            "Test/1", new NetworkGuard(false));
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.getResponseHeaders().add("ETag", "\"e1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Wed, 01 May 2024 09:30:00 GMT");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/ok");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/to-metadata", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/busy", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 5_000);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[5_000]);
            }
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(4_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void returnsTheDocumentWithItsValidatorsAfterFollowingRedirects() throws FeedException {
        FetchResult result = fetcher.fetch(url("/moved"), null, null);
        assertThat(result).isInstanceOfSatisfying(FetchResult.Document.class, document -> {
            assertThat(new String(document.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
            assertThat(document.contentType()).isEqualTo("application/rss+xml");
            assertThat(document.etag()).isEqualTo("\"e1\"");
            assertThat(document.lastModified()).isEqualTo("Wed, 01 May 2024 09:30:00 GMT");
            assertThat(document.url()).isEqualTo(url("/ok"));
        });
        assertThat(userAgents).containsExactly("Test/1");
    }

    @Test
    void stopsAfterTooManyRedirects() {
        assertThatThrownBy(() -> fetcher.fetch(url("/loop"), null, null))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("more than 5 redirects");
    }

    @Test
    void reportsTheDelayOfRetryAfter() {
        assertThatThrownBy(() -> fetcher.fetch(url("/busy"), null, null))
                .isInstanceOfSatisfying(FeedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("HTTP 503").contains("retry after 120 s");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
                });
        assertThat(FeedFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(FeedFetcher.retryAfter("soon")).isNull();
        assertThat(FeedFetcher.retryAfter("9999999")).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void theGuardRefusesLocalAddressesBeforeAnyRequest() {
        assertThatThrownBy(() -> guarded.fetch(url("/ok"), null, null))
                .isInstanceOf(ForbiddenAddressException.class)
                .hasMessageContaining("127.0.0.1, a loopback address: refused");
        assertThat(userAgents).isEmpty();
    }

    @Test
    void theGuardChecksEveryRedirect() {
        NetworkGuard production = new NetworkGuard(false);
        // The test server is on loopback: let that first hop through, guard the rest as in production.
        FeedFetcher guardedAfterFirstHop = new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(1), 1_000,
                "Test/1", target -> {
                    if (target.getPort() != server.getAddress().getPort()) {
                        production.check(target);
                    }
                });
        assertThatThrownBy(() -> guardedAfterFirstHop.fetch(url("/to-metadata"), null, null))
                .isInstanceOf(ForbiddenAddressException.class)
                .hasMessageContaining("169.254.169.254, a cloud metadata address: refused");
    }

    @Test
    void reportsHttpErrorsByStatus() {
        assertThatThrownBy(() -> fetcher.fetch(url("/missing"), null, null))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("HTTP 404");
    }

    @Test
    void stopsReadingBeyondTheSizeLimit() {
        assertThatThrownBy(() -> fetcher.fetch(url("/huge"), null, null))
                .isInstanceOf(FeedException.class).hasMessage("document larger than 1000 bytes");
    }

    @Test
    void givesUpOnASlowServer() {
        assertThatThrownBy(() -> fetcher.fetch(url("/slow"), null, null))
                .isInstanceOf(FeedException.class).hasMessageContaining("timed out");
    }

    @Test
    void reportsARefusedConnection() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:9/feed"), null, null))
                .isInstanceOf(FeedException.class).hasMessage("connection refused");
    }
}
