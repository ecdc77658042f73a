package org.marsad.e2e;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.Topics;
import org.marsad.localstack.MarsadStack;
import org.marsad.localstack.test.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An article the ingest-service takes (under its 2 MB limit) but too long for the NLP (over
 * {@code marsad.nlp.max-text-chars}, 1,000,000 characters) goes to {@code articles.dlq} with its reason, and the
 * articles after it are enriched and stored as usual.
 */
class OversizedArticleIT {

    private static final int HUGE_CHARS = 1_500_000;
    private static MarsadStack stack;
    private static Api api;

    @BeforeAll
    static void startSystem() {
        stack = RunningStack.get();
        api = new Api(stack.gatewayUrl());
    }

    @Test
    void anArticleTooLongToEnrichIsDeadLetteredAndTheStreamGoesOn() {
        String sentence = "The council met again on Monday to discuss the harbour budget for next year. ";
        String body = sentence.repeat(HUGE_CHARS / sentence.length() + 1);
        String hugeId = submit(Map.of("url", "https://e2e.example/huge/" + UUID.randomUUID(),
                "outlet", "Huge Gazette", "title", "The longest minutes ever published", "body", body));
        String nextId = submit(Map.of("url", "https://e2e.example/after-huge/" + UUID.randomUUID(),
                "outlet", "Huge Gazette", "title", "Ferry service resumes in Tallinn",
                "body", "The ferry service between Tallinn and Helsinki resumed on Saturday after a storm."));

        List<ConsumerRecord<String, byte[]>> dead = TestKafka.poll(stack.kafkaBootstrapServers(), Topics.DEAD_LETTER,
                r -> hugeId.equals(r.key()), 1, Duration.ofSeconds(90));
        assertThat(dead).as("the huge article on %s", Topics.DEAD_LETTER).hasSize(1);
        Header reason = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("too large");
        assertThat(dead.get(0).value().length).as("the original bytes").isGreaterThan(HUGE_CHARS);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.get("/api/v1/articles/" + nextId).status() == 200);
        assertThat(api.get("/api/v1/articles/" + hugeId).status()).isEqualTo(404);
    }

    private static String submit(Map<String, Object> article) {
        Api.Reply reply = api.postJson("/api/v1/articles", article);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json().path("id").asText();
    }
}
