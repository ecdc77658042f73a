package org.marsad.localstack;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.localstack.test.TestKafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded infrastructure is the real thing: a broker that stores records, a database that keeps rows. */
class LocalInfrastructureTest {

    @TempDir
    Path dir;

    @Test
    void kafkaBrokerKeepsRecordsAcrossARestart() throws Exception {
        KafkaBroker.Settings settings = new KafkaBroker.Settings(KafkaRuntime.libDir(), dir.resolve("kafka"),
                Ports.freePort(), 2, dir.resolve("kafka.log"));
        try (KafkaBroker broker = KafkaBroker.start(settings)) {
            TopicSetup.ensure(broker.bootstrapServers(), 2);
            TestKafka.send(broker.bootstrapServers(), "articles.raw", "k1", "مرحبا".getBytes(StandardCharsets.UTF_8));
        }
        try (KafkaBroker again = KafkaBroker.start(settings)) {
            List<ConsumerRecord<String, byte[]>> records =
                    TestKafka.poll(again.bootstrapServers(), "articles.raw", 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            assertThat(records.get(0).key()).isEqualTo("k1");
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("مرحبا");
        }
    }

    @Test
    void postgresKeepsDataAcrossARestartAndHasArabicTextSearch() throws Exception {
        PostgresServer.Settings settings = new PostgresServer.Settings(dir.resolve("pg-data"), dir.resolve("pg-work"),
                Ports.freePort(), true, dir.resolve("pg.log"));
        try (PostgresServer server = PostgresServer.start(settings);
             Connection db = DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE note (text TEXT)");
            sql.execute("INSERT INTO note VALUES ('باقية')");
        }
        try (PostgresServer server = PostgresServer.start(settings);
             Connection db = DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT text, to_tsvector('arabic', text)::text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("باقية");
            assertThat(rows.getString(2)).isNotBlank();
        }
    }
}
