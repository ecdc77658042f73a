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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
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
        server.createContext("/truncated.xml", exchange ->
                respond(exchange, 200, "application/rss+xml", null, fixture("lenient/truncated.xml")));
        server.createContext("/fast.xml", exchange ->
                respond(exchange, 200, "application/rss+xml", null, fixture("lenient/html-entities.xml")));
        server.createContext("/busy.xml", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            respond(exchange, 503, null, null, null);
        });
        server.createContext("/slow.xml", exchange -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "application/rss+xml", null, fixture("rss2-ar.xml"));
        });
        server.createContext("/teasers.xml", exchange ->
                respond(exchange, 200, "application/rss+xml", null, fixture("fulltext-teasers.xml")));
        server.createContext("/pages/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/pages/harbour.html")) {
                respond(exchange, 200, "text/html", null, resource("/pages/harbour.html"));
            } else {
                respond(exchange, 404, null, null, null);
            }
        });
        // One thread per request: a slow feed must not hold up the server's other feeds either.
        server.setExecutor(Executors.newCachedThreadPool());
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
        assertThat(RawTopic.articles(a -> id.equals(a.feedId()), 3, Duration.ofSeconds(10))).hasSize(2);
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

    @Test
    void readsATruncatedFeedAndShowsWhatWasRepaired() {
        String id = subscribe(feedUrl("/truncated.xml"), "Cut");

        await().atMost(Duration.ofSeconds(30)).until(() -> feeds.find(id).orElseThrow().status() == FeedStatus.OK);

        assertThat(RawTopic.articles(a -> id.equals(a.feedId()), 2, Duration.ofSeconds(30)))
                .extracting(RawArticle::title).containsExactlyInAnyOrder("Item 1", "Item 2");
        given().when().get("/feeds/" + id).then().statusCode(200)
                .body("status", equalTo("ok"))
                .body("itemsSeen", equalTo(2))
                .body("itemsPublished", equalTo(2))
                .body("lastNewItemAt", notNullValue())
                .body("lastWarning", startsWith("document cut short or not closed"));
    }

    @Test
    void honoursRetryAfter() {
        String id = subscribe(feedUrl("/busy.xml"), null);
        Instant subscribed = Instant.now();

        await().atMost(Duration.ofSeconds(30)).until(() -> feeds.find(id).orElseThrow().status() == FeedStatus.FAILING);

        Feed busy = feeds.find(id).orElseThrow();
        assertThat(busy.lastError()).startsWith("HTTP 503").contains("retry after 3600 s");
        assertThat(busy.nextPollAt()).as("the default back-off would be ~300 s")
                .isAfter(subscribed.plusSeconds(3500));
    }

    @Test
    void aSlowHostDoesNotHoldUpOtherFeeds() {
        String slow = subscribe(feedUrl("/slow.xml"), null);
        String fast = subscribe(feedUrl("/fast.xml"), null);

        await().atMost(Duration.ofSeconds(8)).until(() -> feeds.find(fast).orElseThrow().status() == FeedStatus.OK);
        assertThat(feeds.find(slow).orElseThrow().status()).as("still waiting on its host").isEqualTo(FeedStatus.NEW);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> feeds.find(slow).orElseThrow().status() == FeedStatus.FAILING);
        assertThat(feeds.find(slow).orElseThrow().lastError()).contains("timed out");
    }

    @Test
    void fetchesThePageOfTeasersForAFullTextFeed() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("url", feedUrl("/teasers.xml"), "fullText", true))
                .when().post("/feeds").then().statusCode(201).body("fullText", equalTo(true)).extract().path("id");

        List<RawArticle> published = RawTopic.articles(a -> id.equals(a.feedId()), 2, Duration.ofSeconds(30));

        assertThat(published).filteredOn(a -> a.title().equals("Harbour reopens after the storm")).singleElement()
                .satisfies(a -> {
                    assertThat(a.source()).isEqualTo("feed+page");
                    assertThat(a.url()).isEqualTo(feedUrl("/pages/harbour.html"));
                    assertThat(a.html()).contains("the first ferry left at dawn", "standing by his café")
                            .doesNotContain("cookies", "First comment");
                });
        assertThat(published).filteredOn(a -> a.title().equals("Page that is gone")).singleElement()
                .satisfies(a -> {
                    assertThat(a.source()).isEqualTo("feed");
                    assertThat(a.html()).isEqualTo("A teaser whose page answers 404 stays a teaser…");
                });

        long pageRequests = requests.stream().filter(r -> r.startsWith("/pages/")).count();
        PollResult again = poller.poll(feeds.find(id).orElseThrow());
        assertThat(again.itemsPublished()).isZero();
        assertThat(requests.stream().filter(r -> r.startsWith("/pages/")).count())
                .as("published items are not fetched again").isEqualTo(pageRequests);
    }

    private static String subscribe(String url, String outlet) {
        Map<String, Object> body = outlet == null ? Map.of("url", url) : Map.of("url", url, "outlet", outlet);
        return given().contentType(ContentType.JSON).body(body).when().post("/feeds")
                .then().statusCode(201).extract().path("id");
    }

    private static byte[] fixture(String name) {
        return resource("/feeds/" + name);
    }

    private static byte[] resource(String path) {
        try (InputStream in = FeedPollingTest.class.getResourceAsStream(path)) {
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
