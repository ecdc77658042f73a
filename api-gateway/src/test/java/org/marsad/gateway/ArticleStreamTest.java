package org.marsad.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleStored;
import org.marsad.events.EventsJson;
import org.marsad.events.Topics;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.TestKafka;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live stream against a real Kafka broker: what is stored shows up on every connected client. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(FakeUpstreams.class)
class ArticleStreamTest {

    private static final ObjectMapper JSON = EventsJson.newMapper();

    @TestHTTPResource("/api/v1/stream")
    URI stream;

    @Test
    void streamsStoredArticleAsAnArticleEventWithItsKafkaPosition() throws Exception {
        try (SseTestClient client = SseTestClient.connect(stream)) {
            awaitConsumerListening(client);

            ArticleStored article = article("ar", "الجزيرة", "اجتماع وزراء الخارجية العرب في القاهرة");
            TestKafka.send(bootstrap(), Topics.STORED, article.id(), JSON.writeValueAsBytes(article));

            SseTestClient.Event event = awaitEventFor(client, article.id());
            assertThat(event.name()).isEqualTo("article");
            // The id names the client's place in every partition of both topics.
            assertThat(event.id()).matches("a\\d+:\\d+(,[as]\\d+:\\d+)*").contains("s0:");
            assertThat(JSON.readValue(event.data(), ArticleStored.class)).isEqualTo(article);
            assertThat(client.contentType()).startsWith("text/event-stream");
        }
    }

    @Test
    void deadLettersPoisonMessageAndKeepsStreaming() throws Exception {
        try (SseTestClient client = SseTestClient.connect(stream)) {
            awaitConsumerListening(client);

            // Same key, so the same partition: the good article queues behind the poison one.
            String key = "poisoned-" + UUID.randomUUID();
            byte[] poison = ("{\"id\": \"" + key + "\", \"title\": not json").getBytes(StandardCharsets.UTF_8);
            ArticleStored after = article("en", "Reuters", "Talks resume in Geneva");
            TestKafka.send(bootstrap(), Topics.STORED, key, poison);
            TestKafka.send(bootstrap(), Topics.STORED, key, JSON.writeValueAsBytes(after));

            awaitEventFor(client, after.id());
            assertThat(client.events()).noneMatch(e -> e.data().contains(key));

            List<ConsumerRecord<String, byte[]>> dead = TestKafka.poll(bootstrap(), Topics.DEAD_LETTER,
                    r -> Arrays.equals(r.value(), poison), 1, Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
        }
    }

    @Test
    void filtersByLanguageAndSendsHeartbeats() throws Exception {
        try (SseTestClient all = SseTestClient.connect(stream);
             SseTestClient arabicOnly = SseTestClient.connect(URI.create(stream + "?language=ar"))) {
            awaitConsumerListening(all);

            ArticleStored english = article("en", "BBC", "Markets steady");
            ArticleStored arabic = article("ar", "BBC عربي", "الأسواق مستقرة");
            TestKafka.send(bootstrap(), Topics.STORED, english.id(), JSON.writeValueAsBytes(english));
            TestKafka.send(bootstrap(), Topics.STORED, arabic.id(), JSON.writeValueAsBytes(arabic));

            awaitEventFor(all, arabic.id());
            awaitEventFor(all, english.id());
            awaitEventFor(arabicOnly, arabic.id());
            assertThat(arabicOnly.events()).noneMatch(e -> e.data().contains(english.id()));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> arabicOnly.comments().contains("keep-alive"));
            // Heartbeats and the greeting are comments: a browser must never see them as (empty) messages.
            assertThat(arabicOnly.comments()).contains("connected");
            assertThat(all.events()).allMatch(e -> "article".equals(e.name()));
        }
    }

    /**
     * The consumer starts at the end of the topic once it has its partitions, which happens a little after the
     * application starts: probe until a probe article comes through.
     */
    private void awaitConsumerListening(SseTestClient client) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            ArticleStored probe = article("en", "probe", "probe");
            TestKafka.send(bootstrap(), Topics.STORED, probe.id(), JSON.writeValueAsBytes(probe));
            return client.events().stream().anyMatch(e -> e.data().contains("\"outlet\":\"probe\""));
        });
    }

    private static SseTestClient.Event awaitEventFor(SseTestClient client, String articleId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> client.events().stream().filter(e -> e.data().contains("\"" + articleId + "\"")).findFirst(),
                found -> found.isPresent()).orElseThrow();
    }

    private static ArticleStored article(String language, String outlet, String title) {
        return new ArticleStored(ArticleStored.SCHEMA_VERSION, UUID.randomUUID().toString(), outlet, title,
                language, "ملخص: " + title, Instant.parse("2025-03-01T08:00:00Z"),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), null);
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
