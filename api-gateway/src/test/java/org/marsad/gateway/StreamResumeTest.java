package org.marsad.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleStored;
import org.marsad.events.EventsJson;
import org.marsad.events.StoryUpdated;
import org.marsad.events.Topics;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.TestKafka;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * A client that drops off and comes back with Last-Event-ID gets exactly what it missed, from the real broker:
 * from memory after a short break, read back from Kafka after a long one (the test profile keeps 8 in memory).
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(FakeUpstreams.class)
class StreamResumeTest {

    private static final ObjectMapper JSON = EventsJson.newMapper();

    @TestHTTPResource("/api/v1/stream")
    URI stream;

    @Test
    void resumesFromMemoryWithExactlyTheMissedArticlesAndStories() throws Exception {
        resumesWithExactlyWhatWasMissed(2, 1);
        given().when().get("/q/metrics").then().body(containsString("marsad_stream_resumes_total{from=\"memory\""));
    }

    @Test
    void resumesFromKafkaWhenMoreWasMissedThanMemoryHolds() throws Exception {
        resumesWithExactlyWhatWasMissed(9, 4);
        given().when().get("/q/metrics").then().body(containsString("marsad_stream_resumes_total{from=\"kafka\""));
    }

    @Test
    void tellsClientWithAnIdItCannotPlaceToReload() {
        try (SseTestClient client = SseTestClient.resume(stream, "0-15")) {
            SseTestClient.Event reset = await().atMost(Duration.ofSeconds(30))
                    .until(() -> client.events().stream().findFirst(), found -> found.isPresent()).orElseThrow();
            assertThat(reset.name()).isEqualTo("reset");
            assertThat(reset.data()).contains("unknown_event_id");
            assertThat(reset.id()).startsWith("a0:");
        }
    }

    private void resumesWithExactlyWhatWasMissed(int articles, int stories) throws Exception {
        String lastSeen;
        List<String> seenBefore;
        try (SseTestClient first = SseTestClient.connect(stream)) {
            awaitConsumerListening(first);
            ArticleStored marker = article("marker");
            send(Topics.STORED, marker.id(), marker);
            SseTestClient.Event markerEvent = awaitEvent(first, marker.id());
            // Probes still in flight may arrive after the marker: the resumption starts after the last event had.
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            List<SseTestClient.Event> had = first.events();
            lastSeen = had.get(had.size() - 1).id();
            seenBefore = had.stream().map(SseTestClient.Event::data).toList();
            assertThat(had).contains(markerEvent);
        }

        List<String> missed = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            ArticleStored article = article("missed " + i);
            send(Topics.STORED, article.id(), article);
            missed.add(article.id());
        }
        for (int i = 0; i < stories; i++) {
            StoryUpdated story = story("missed story " + i);
            send(Topics.STORIES, story.storyId(), story);
            missed.add(story.storyId());
        }

        try (SseTestClient back = SseTestClient.resume(stream, lastSeen)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> missed.stream().allMatch(id -> has(back, id)));
            ArticleStored after = article("after");
            send(Topics.STORED, after.id(), after);
            awaitEvent(back, after.id());

            List<SseTestClient.Event> got = back.events();
            List<String> keys = got.stream().map(StreamResumeTest::keyOf).toList();
            assertThat(keys).doesNotHaveDuplicates().containsAll(missed).contains(after.id());
            assertThat(got).noneMatch(e -> seenBefore.contains(e.data()));
            assertThat(got).filteredOn(e -> e.data().contains("missed story")).allMatch(e -> "story".equals(e.name()));
            assertThat(got).filteredOn(e -> !"probe".equals(outletOf(e))).hasSize(missed.size() + 1);
            // Each id goes on from the last: sent back, it would resume after this very event.
            assertThat(got.get(got.size() - 1).id()).isNotEqualTo(lastSeen);
        }
    }

    private static boolean has(SseTestClient client, String key) {
        return client.events().stream().anyMatch(e -> key.equals(keyOf(e)));
    }

    private static String keyOf(SseTestClient.Event event) {
        try {
            var json = JSON.readTree(event.data());
            return json.has("storyId") && "story".equals(event.name()) ? json.get("storyId").asText()
                    : json.get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String outletOf(SseTestClient.Event event) {
        try {
            var outlet = JSON.readTree(event.data()).get("outlet");
            return outlet == null ? null : outlet.asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitConsumerListening(SseTestClient client) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            ArticleStored probe = new ArticleStored(ArticleStored.SCHEMA_VERSION, UUID.randomUUID().toString(),
                    "probe", "probe", "en", null, null, Instant.now(), null);
            send(Topics.STORED, probe.id(), probe);
            return client.events().stream().anyMatch(e -> "probe".equals(outletOf(e)));
        });
    }

    private static SseTestClient.Event awaitEvent(SseTestClient client, String key) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> client.events().stream().filter(e -> key.equals(keyOf(e))).findFirst(),
                found -> found.isPresent()).orElseThrow();
    }

    private static void send(String topic, String key, Object value) throws Exception {
        TestKafka.send(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), topic, key,
                JSON.writeValueAsBytes(value));
    }

    private static ArticleStored article(String title) {
        return new ArticleStored(ArticleStored.SCHEMA_VERSION, UUID.randomUUID().toString(), "North Wire", title,
                "en", null, Instant.parse("2025-03-01T08:00:00Z"), Instant.now().truncatedTo(ChronoUnit.MILLIS), null);
    }

    private static StoryUpdated story(String title) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new StoryUpdated(StoryUpdated.SCHEMA_VERSION, "st-" + UUID.randomUUID(), title, 2,
                List.of("North Wire", "وكالة الشرق"), List.of("ar", "en"), now, now, now, null, null, null);
    }
}
