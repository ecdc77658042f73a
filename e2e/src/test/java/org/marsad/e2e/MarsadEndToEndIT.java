package org.marsad.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.Topics;
import org.marsad.localstack.MarsadStack;
import org.marsad.localstack.test.TestKafka;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Marsad as a user meets it: the four packaged services, a real broker and database, driven over HTTP through
 * the gateway only (Kafka is touched only to replay a topic and to send a poison message).
 */
class MarsadEndToEndIT {

    private static final Duration ENRICHED_WITHIN = Duration.ofSeconds(90);
    private static MarsadStack stack;
    private static Api api;

    @BeforeAll
    static void startSystem() {
        stack = RunningStack.get();
        api = new Api(stack.gatewayUrl());
    }

    @Test
    void submittedArticlesComeBackEnrichedInTheirLanguage() {
        String arabicId = submit(Map.of(
                "url", "https://e2e.example/ar/" + UUID.randomUUID(),
                "outlet", "صحيفة الاختبار",
                "title", "وزير الخارجية المصري يزور باريس لبحث الأوضاع في ليبيا",
                "body", "وصل وزير الخارجية المصري إلى العاصمة الفرنسية باريس، اليوم الثلاثاء، في زيارة تستمر يومين. "
                        + "وقال المتحدث باسم الوزارة إن المباحثات ستتناول الأوضاع في ليبيا والسودان. "
                        + "وأضاف أن التبادل التجاري بين مصر وفرنسا ارتفع بنسبة 12 بالمئة خلال العام الماضي.",
                "publishedAt", "2026-11-17T08:00:00Z"));
        String englishId = submit(Map.of(
                "url", "https://e2e.example/en/" + UUID.randomUUID(),
                "outlet", "Test Herald",
                "title", "Flooding closes roads across northern Italy",
                "body", "Heavy rain closed dozens of roads across northern Italy on Tuesday, officials said. "
                        + "Emergency services in Milan and Turin rescued more than 40 people from flooded homes. "
                        + "Forecasters in Rome expect the rain to ease by Thursday.",
                "language", "en"));

        JsonNode arabic = awaitStored(arabicId);
        assertThat(arabic.path("language").asText()).isEqualTo("ar");
        assertThat(arabic.path("summary").asText()).isNotBlank();
        assertThat(entityNames(arabic)).contains("باريس", "ليبيا", "مصر", "فرنسا");
        assertThat(arabic.path("pipelineVersion").asText()).isNotBlank();

        JsonNode english = awaitStored(englishId);
        assertThat(english.path("language").asText()).isEqualTo("en");
        assertThat(entityNames(english)).contains("Italy", "Rome");
        assertThat(english.path("sentences").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void invalidArticlesAreRefusedWithAClearMessage() {
        Api.Reply noOutlet = api.postJson("/api/v1/articles", Map.of("title", "t", "body", "b"));
        assertThat(noOutlet.status()).isEqualTo(400);
        assertThat(noOutlet.json().path("message").asText()).containsIgnoringCase("outlet");

        Api.Reply notJson = api.postJson("/api/v1/articles", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("error").asText()).isNotBlank();
    }

    @Test
    void bulkSubmissionAcceptsGoodLinesAndReportsBadOnes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ndjson = String.join("\n",
                line("https://e2e.example/bulk/" + tag + "/1", "Bulk Wire", "Storm hits the coast of Portugal",
                        "A storm hit the coast of Portugal near Lisbon on Sunday, cutting power to thousands."),
                "{this is not json",
                line("https://e2e.example/bulk/" + tag + "/2", "Bulk Wire", "Wheat harvest rises in Canada",
                        "Canada's wheat harvest rose this year, farmers in Saskatchewan said on Monday."),
                "{\"title\":\"no outlet\",\"body\":\"x\"}",
                "");
        Api.Reply reply = api.postNdjson("/api/v1/articles/bulk", ndjson.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("accepted").asInt()).isEqualTo(2);
        List<Integer> badLines = new ArrayList<>();
        reply.json().path("rejected").forEach(r -> badLines.add(r.path("line").asInt()));
        assertThat(badLines).containsExactly(2, 4);

        await().atMost(ENRICHED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(api.get("/api/v1/articles?outlet=" + Api.encode("Bulk Wire") + "&limit=100").json()
                        .path("items").size()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void resubmittingOrReplayingDuplicatesNothing() throws Exception {
        String outlet = "Replay Times " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> article = Map.of(
                "url", "https://e2e.example/replay/" + UUID.randomUUID(),
                "outlet", outlet,
                "title", "Museum in Cairo reopens after renovation",
                "body", "The museum in Cairo reopened on Monday after a two-year renovation, its director said.");
        String id = submit(article);
        awaitStored(id);

        Api.Reply again = api.postJson("/api/v1/articles", article);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("id").asText()).isEqualTo(id);
        assertThat(again.json().path("status").asText()).isEqualTo("duplicate");

        List<ConsumerRecord<String, byte[]>> enriched = TestKafka.poll(stack.kafkaBootstrapServers(), Topics.ENRICHED,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(enriched).isNotEmpty();
        for (int i = 0; i < 3; i++) {
            TestKafka.send(stack.kafkaBootstrapServers(), Topics.ENRICHED, id, enriched.get(0).value());
        }
        // A corrected version on the same key (same partition, so consumed after the replays) marks the point
        // where every replay has been processed.
        ObjectNode corrected = (ObjectNode) Api.JSON.readTree(enriched.get(0).value());
        corrected.put("title", "Museum in Cairo reopens after a two-year renovation");
        corrected.put("fetchedAt", Instant.now().toString());
        corrected.put("enrichedAt", Instant.now().toString());
        TestKafka.send(stack.kafkaBootstrapServers(), Topics.ENRICHED, id, Api.JSON.writeValueAsBytes(corrected));

        await().atMost(ENRICHED_WITHIN).pollInterval(Duration.ofMillis(500)).until(() ->
                api.get("/api/v1/articles/" + id).json().path("title").asText().contains("two-year"));
        List<ConsumerRecord<String, byte[]>> announced = TestKafka.poll(stack.kafkaBootstrapServers(), Topics.STORED,
                r -> id.equals(r.key()), 3, Duration.ofSeconds(10));
        assertThat(announced).as("one announcement for the article, one for its correction, none for replays")
                .hasSize(2);
        JsonNode items = api.get("/api/v1/articles?outlet=" + Api.encode(outlet) + "&limit=100").json().path("items");
        assertThat(ids(items)).containsExactly(id);
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndTheStreamGoesOn() {
        TestKafka.send(stack.kafkaBootstrapServers(), Topics.RAW, "poison", new byte[]{(byte) 0xC3, 0x28, '{'});
        String id = submit(Map.of("url", "https://e2e.example/after-poison/" + UUID.randomUUID(),
                "outlet", "Poison Watch", "title", "Bridge reopens in Rotterdam",
                "body", "The bridge in Rotterdam reopened to traffic on Friday after repairs."));
        awaitStored(id);
        List<ConsumerRecord<String, byte[]>> dead = TestKafka.poll(stack.kafkaBootstrapServers(), Topics.DEAD_LETTER,
                r -> "poison".equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
    }

    @Test
    void theDemoFeedIsCollectedAndSearchable() {
        await().atMost(ENRICHED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(api.get("/api/v1/articles?outlet=" + Api.encode("Marsad Demo") + "&limit=100").json()
                        .path("items").size()).isEqualTo(8));
        await().atMost(ENRICHED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(api.get("/api/v1/articles?outlet=" + Api.encode("صحيفة الأفق") + "&limit=100").json()
                        .path("items").size()).isEqualTo(2));
        JsonNode feeds = api.get("/api/v1/feeds").json().path("items");
        assertThat(feeds.findValuesAsText("status")).containsExactly("ok", "ok");
        JsonNode found = api.get("/api/v1/articles?q=" + Api.encode("الجفاف")).json().path("items");
        assertThat(found.findValuesAsText("outlet")).contains("Marsad Demo");
        JsonNode entities = api.get("/api/v1/entities?q=" + Api.encode("Kenya")).json().path("items");
        assertThat(entities.size()).isGreaterThan(0);
    }

    @Test
    void theDemoOutletsToldTheDroughtAsOneStory() {
        String drought = "http://demo.marsad.local/ar/2026/un-drought-warning";
        String ufuq = "http://ufuq.marsad.local/2026/11/17/drought";
        String story = await().atMost(ENRICHED_WITHIN).pollInterval(Duration.ofSeconds(1)).until(() ->
                storyOfUrl("Marsad Demo", drought),
                id -> !id.isEmpty() && id.equals(storyOfUrl("صحيفة الأفق", ufuq)));
        JsonNode comparison = api.get("/api/v1/stories/" + story).json().path("comparison");
        List<String> outlets = new ArrayList<>();
        comparison.path("outlets").forEach(o -> outlets.add(o.asText()));
        assertThat(outlets).containsExactlyInAnyOrder("Marsad Demo", "صحيفة الأفق");
        List<String> shared = new ArrayList<>();
        comparison.path("sharedEntities").forEach(e -> shared.add(e.path("name").asText()));
        assertThat(shared).contains("الأمم المتحدة", "جنيف");
    }

    /** The story of the outlet's article with this URL, or "" while it is not stored. */
    private static String storyOfUrl(String outlet, String url) {
        JsonNode items = api.get("/api/v1/articles?outlet=" + Api.encode(outlet) + "&limit=100").json().path("items");
        for (JsonNode item : items) {
            if (url.equals(item.path("url").asText())) {
                return item.path("storyId").asText("");
            }
        }
        return "";
    }

    @Test
    void theLiveStreamAnnouncesEachStoredArticle() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/stream"))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> response =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> stream = response.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread.sleep(1000); // let the gateway register this subscriber before the article is stored
        String id = submit(Map.of("url", "https://e2e.example/stream/" + UUID.randomUUID(), "outlet", "Stream News",
                "title", "Harbour in Genoa expands", "body", "The harbour in Genoa will expand, the port said."));
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() ->
                stream.body().anyMatch(l -> l.startsWith("data:") && l.contains(id)));
        assertThat(seen.get(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theDocumentedSurfaceAnswers() {
        assertThat(api.get("/q/openapi").body()).contains("/api/v1/articles");
        assertThat(api.get("/q/health/ready").status()).isEqualTo(200);
        assertThat(api.get("/q/metrics").status()).isEqualTo(200);
        Api.Reply page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        assertThat(api.get("/api/v1/articles/ffffffffffffffffffffffffffffffff").status()).isEqualTo(404);
    }

    static String submit(Map<String, Object> article) {
        Api.Reply reply = api.postJson("/api/v1/articles", article);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json().path("id").asText();
    }

    static JsonNode awaitStored(String id) {
        await().atMost(ENRICHED_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> api.get("/api/v1/articles/" + id).status() == 200);
        return api.get("/api/v1/articles/" + id).json();
    }

    /** The ids of a list of article summaries (not the ids of their entities). */
    static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    static Set<String> entityNames(JsonNode article) {
        Set<String> names = new java.util.TreeSet<>();
        for (JsonNode entity : article.path("entities")) {
            names.add(entity.path("name").asText());
            entity.path("aliases").forEach(a -> names.add(a.asText()));
            entity.path("mentions").forEach(m -> names.add(m.path("text").asText()));
        }
        return names;
    }

    private static String line(String url, String outlet, String title, String body) {
        try {
            return Api.JSON.writeValueAsString(Map.of("url", url, "outlet", outlet, "title", title, "body", body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
