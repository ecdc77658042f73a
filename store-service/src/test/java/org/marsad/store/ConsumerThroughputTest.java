package org.marsad.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Topics;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How many articles a second the consumer stores and announces, end to end on the real broker and database.
 * A measurement, not a gate: run it with {@code -Dmarsad.bench=true}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@EnabledIfSystemProperty(named = "marsad.bench", matches = "true")
class ConsumerThroughputTest {

    private static final Logger LOG = Logger.getLogger(ConsumerThroughputTest.class);
    private static final int ARTICLES = Integer.getInteger("marsad.bench.articles", 10_000);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void storesThousandsOfArticlesASecond() throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String outlet = Fixtures.outlet("bench");
        String text = (Fixtures.PUTIN_AR_TEXT + " ").repeat(8);
        Instant start = Instant.now();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                List<Entity> entities = List.of(Fixtures.putin(text), Fixtures.sochi(text),
                        Fixtures.entity("per:bench-" + (i % 500), EntityType.PERSON, "شخص " + (i % 500),
                                List.of("Person " + (i % 500)), text, "أردوغان"));
                EnrichedArticle a = Fixtures.arabic(Fixtures.id(), outlet, "خبر رقم " + i, text,
                        start.minusSeconds(i), entities);
                producer.send(new ProducerRecord<>(Topics.ENRICHED, a.id(), Fixtures.bytes(a)));
            }
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> announced(outlet) == ARTICLES);
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        LOG.infof("stored and announced %d articles in %.1f s: %.0f articles/s", ARTICLES, seconds,
                ARTICLES / seconds);
        assertThat(ARTICLES / seconds).isGreaterThan(100);
    }

    private long announced(String outlet) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM store.article WHERE outlet = ? AND announced")) {
            s.setString(1, outlet);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
