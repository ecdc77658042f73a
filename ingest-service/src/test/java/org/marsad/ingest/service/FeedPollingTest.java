package org.marsad.ingest.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.RawArticle;
import org.marsad.ingest.RawTopic;
import org.marsad.ingest.domain.Feed;
import org.marsad.ingest.domain.FeedStatus;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Feeds served by a small HTTP server in the test, polled by the real scheduler and the real poller. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class FeedPollingTest {

    private static HttpServer server;
    /** Each request as "path If-None-Match -> status for User-Agent". */
    private static final List<String> requests = new CopyOnWriteArrayList<>();
    /** When set, the RSS feed ignores If-None-Match and answers 200 with a fresh ETag. */
    private static final AtomicBoolean ignoreEtag = new AtomicBoolean();

    @Inject
    FeedPoller poller;

    @Inject
    FeedService feeds;

    @BeforeAll
    static void startFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ar/rss.xml", exchange -> {
            String etag = ignoreEtag.get() ? "\"" + UUID.randomUUID() + "\"" : "\"v1\"";
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (etag.equals(ifNoneMatch)) {
                respond(exchange, 304, null, etag, null);
            } else {
                respond(exchange, 200, "application/rss+xml; charset=utf-8", etag, fixture("rss2-ar.xml"));
            }
        });
        server.createContext("/broken.xml", exchange ->
                respond(exchange, 200, "application/rss+xml", null, fixture("malformed.xml")));
        server.createContext("/feed.json", exchange ->
                respond(exchange, 200, "application/feed+json", null, fixture("jsonfeed-en.json")));
        server.start();
    }

    @AfterAll
    static void stopFeedServer() {
        server.stop(0);
    }

    private static String feedUrl(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void publishesEachItemOnceAndGetsNothingNewOnAConditionalPoll() {
        String url = feedUrl("/ar/rss.xml");
        String id = subscribe(url, "مرصد");

        await().atMost(Duration.ofSeconds(30)).until(() -> feeds.find(id).orElseThrow().status() == FeedStatus.OK);
        Feed polled = feeds.find(id).orElseThrow();
        assertThat(polled.itemsSeen()).isEqualTo(3);
        assertThat(polled.itemsPublished()).as("the item without content is skipped").isEqualTo(2);
        assertThat(polled.title()).isEqualTo("مرصد الأخبار التجريبي");
        assertThat(polled.etag()).isEqualTo("\"v1\"");
        assertThat(polled.lastSuccessAt()).isNotNull();
        assertThat(polled.nextPollAt()).isAfter(polled.lastSuccessAt().plusSeconds(250));

        List<RawArticle> published = RawTopic.articles(a -> id.equals(a.feedId()), 2, Duration.ofSeconds(30));
        assertThat(published).extracting(RawArticle::url).containsExactlyInAnyOrder(
                feedUrl("/ar/culture/book-fair?utm_source=rss"), "https://news.example.org/ar/economy/bread");
        assertThat(published).allSatisfy(article -> {
            assertThat(article.outlet()).isEqualTo("مرصد");
            assertThat(article.feedUrl()).isEqualTo(url);
            assertThat(article.source()).isEqualTo("feed");
            assertThat(article.languageHint()).isEqualTo("ar");
            assertThat(article.html()).startsWith("<p>");
        });

        PollResult again = poller.poll(feeds.find(id).orElseThrow());
        assertThat(again.notModified()).isTrue();
        assertThat(requests).contains("/ar/rss.xml \"v1\" -> 304 for Marsad/0.1 (+https://github.com/marsad)");

        ignoreEtag.set(true);
        try {
            PollResult refetched = poller.poll(feeds.find(id).orElseThrow());
            assertThat(refetched.notModified()).isFalse();
            assertThat(refetched.itemsSeen()).isEqualTo(3);
            assertThat(refetched.itemsPublished()).as("same items, same content: duplicates").isZero();
        } finally {
            ignoreEtag.set(false);
        }
        assertThat(RawTopic.articles(a -> id.equals(a.feedId()), 3, Duration.ofSeconds(3))).hasSize(2);
        assertThat(feeds.find(id).orElseThrow().itemsPublished()).isEqualTo(2);
    }

    @Test
    void marksAMalformedFeedFailingWhileAnotherKeepsWorking() {
        String broken = subscribe(feedUrl("/broken.xml"), null);
        String json = subscribe(feedUrl("/feed.json"), null);

        await().atMost(Duration.ofSeconds(30)).until(() -> feeds.find(broken).orElseThrow().status() == FeedStatus.FAILING
                && feeds.find(json).orElseThrow().status() == FeedStatus.OK);

        Feed failing = feeds.find(broken).orElseThrow();
        assertThat(failing.lastError()).startsWith("not a readable feed:");
        assertThat(failing.lastSuccessAt()).isNull();
        assertThat(failing.failures()).isEqualTo(1);
        given().when().get("/feeds/" + broken).then().statusCode(200)
                .body("status", equalTo("failing"))
                .body("lastError", startsWith("not a readable feed:"));

        List<RawArticle> published = RawTopic.articles(a -> json.equals(a.feedId()), 3, Duration.ofSeconds(30));
        assertThat(published).hasSize(3);
        assertThat(published).extracting(RawArticle::outlet).containsOnly("Example JSON News");
        assertThat(published).extracting(RawArticle::url).contains(feedUrl("/2024/05/bridge"));
        assertThat(published).filteredOn(a -> "جسر جديد فوق النهر".equals(a.title()))
                .singleElement().satisfies(a -> {
                    assertThat(a.languageHint()).isEqualTo("ar");
                    assertThat(a.body()).isEqualTo("افتُتح جسر جديد فوق النهر.");
                });
    }

    private static String subscribe(String url, String outlet) {
        Map<String, Object> body = outlet == null ? Map.of("url", url) : Map.of("url", url, "outlet", outlet);
        return given().contentType(ContentType.JSON).body(body).when().post("/feeds")
                .then().statusCode(201).extract().path("id");
    }

    private static byte[] fixture(String name) {
        try (InputStream in = FeedPollingTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers gzip-compressed when the client accepts it, as most news sites do. */
    private static void respond(HttpExchange exchange, int status, String contentType, String etag, byte[] body)
            throws IOException {
        requests.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("If-None-Match")
                + " -> " + status + " for " + exchange.getRequestHeaders().getFirst("User-Agent"));
        if (etag != null) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", contentType);
        String acceptEncoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
                gzip.write(body);
            }
            body = compressed.toByteArray();
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
