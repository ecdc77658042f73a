package org.marsad.nlp.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.EventsJson;
import org.marsad.events.RawArticle;
import org.marsad.events.Topics;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The service against a real broker: articles.raw in, articles.enriched and articles.dlq out. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class EnrichmentFlowTest {

    private static final ObjectMapper JSON = EventsJson.newMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static RawArticle article(String id) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, "https://example.org/" + id, "https://example.org/" + id,
                "Example", null, null, "بوتين يستقبل الأسد في موسكو",
                "استقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد في موسكو أمس، وبحثا التعاون بين البلدين.",
                null, "ar", Instant.parse("2024-03-05T07:00:00Z"), Instant.parse("2024-03-05T08:00:00Z"), "push");
    }

    private void send(String key, byte[] value) {
        TestKafka.send(bootstrap, Topics.RAW, key, value);
    }

    private List<ConsumerRecord<String, byte[]>> enriched(String key) {
        return TestKafka.poll(bootstrap, Topics.ENRICHED, r -> key.equals(r.key()), 1, TIMEOUT);
    }

    @Test
    void enrichesAnArticleUnderTheSameKey() throws Exception {
        String id = "flow-" + UUID.randomUUID();
        send(id, JSON.writeValueAsBytes(article(id)));

        List<ConsumerRecord<String, byte[]>> records = enriched(id);
        assertThat(records).hasSize(1);
        JsonNode wire = JSON.readTree(records.get(0).value());
        // instants travel as ISO-8601 strings, as the schema says
        assertThat(wire.get("publishedAt").asText()).isEqualTo("2024-03-05T07:00:00Z");
        assertThat(wire.get("enrichedAt").isTextual()).isTrue();
        EnrichedArticle enriched = JSON.treeToValue(wire, EnrichedArticle.class);
        assertThat(enriched.id()).isEqualTo(id);
        assertThat(enriched.language()).isEqualTo("ar");
        assertThat(enriched.cleanText()).startsWith("بوتين يستقبل الأسد في موسكو\n\n");
        assertThat(enriched.entities()).extracting(e -> e.id())
                .contains("per:vladimir-putin", "per:bashar-al-assad", "loc:moscow");
        assertThat(enriched.dates()).extracting(d -> d.value()).contains("2024-03-04");
        assertThat(enriched.pipelineVersion()).startsWith("marsad-nlp/");
        assertThat(enriched.fingerprint()).matches("[0-9a-f]{16}");
    }

    @Test
    void deadLettersPoisonMessagesAndKeepsGoing() throws Exception {
        String badJson = "bad-json-" + UUID.randomUUID();
        String badUtf8 = "bad-utf8-" + UUID.randomUUID();
        String missing = "missing-" + UUID.randomUUID();
        String good = "good-" + UUID.randomUUID();
        byte[] notUtf8 = {'{', '"', 'i', 'd', '"', ':', (byte) 0xFF, (byte) 0xFE, '}'};
        send(badJson, "{\"id\": \"oops\"".getBytes(StandardCharsets.UTF_8));
        send(badUtf8, notUtf8);
        send(missing, "{\"id\":\"x\",\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8));
        send(good, JSON.writeValueAsBytes(article(good)));

        assertThat(enriched(good)).hasSize(1);
        List<ConsumerRecord<String, byte[]>> dead = TestKafka.poll(bootstrap, Topics.DEAD_LETTER,
                r -> List.of(badJson, badUtf8, missing).contains(r.key()), 3, TIMEOUT);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(badJson, badUtf8, missing);
        for (ConsumerRecord<String, byte[]> record : dead) {
            Header reason = record.headers().lastHeader("dead-letter-reason");
            assertThat(reason).as("dead-letter-reason of %s", record.key()).isNotNull();
            String text = new String(reason.value(), StandardCharsets.UTF_8);
            if (record.key().equals(badUtf8)) {
                assertThat(text).contains("UTF-8");
                assertThat(Arrays.equals(record.value(), notUtf8)).as("original bytes kept").isTrue();
            } else if (record.key().equals(badJson)) {
                assertThat(text).contains("JSON");
            } else {
                assertThat(text).contains("missing required field");
            }
        }
        assertThat(TestKafka.poll(bootstrap, Topics.ENRICHED, r -> badJson.equals(r.key()), 1, Duration.ofSeconds(3)))
                .isEmpty();
    }
}
