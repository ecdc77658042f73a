package org.marsad.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleStored;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Topics;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;
import org.marsad.localstack.test.TestKafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The service end to end on a real broker and database: Kafka in, PostgreSQL, REST and Kafka out. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class StorePipelineTest {

    private static final Instant NOON = Instant.parse("2025-03-02T12:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    private final String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);

    @Test
    void storesAnEnrichedArticleSearchablyAndAnnouncesIt() throws IOException {
        String outlet = Fixtures.outlet("pipeline");
        String suffix = Fixtures.id();
        String text = Fixtures.PUTIN_AR_TEXT;
        Entity putin = Fixtures.entity("per:putin-" + suffix, EntityType.PERSON, "فلاديمير بوتين",
                List.of("Vladimir Putin"), text, "بوتين");
        Entity sochi = Fixtures.entity("loc:sochi-" + suffix, EntityType.LOCATION, "سوتشي", List.of("Sochi"), text,
                "سوتشي");
        EnrichedArticle ar = Fixtures.arabic(Fixtures.id(), outlet, "الكرملين: لقاء مرتقب في سوتشي", text, NOON,
                List.of(putin, sochi));
        EnrichedArticle en = Fixtures.english(Fixtures.id(), outlet, "Putin and Erdogan to meet in Sochi",
                Fixtures.PUTIN_EN_TEXT, NOON.plusSeconds(60), List.of());

        send(ar);
        send(en);
        awaitStored(ar.id());
        awaitStored(en.id());

        given().get("/articles/{id}", ar.id()).then().statusCode(200)
                .body("id", equalTo(ar.id()))
                .body("cleanText", equalTo(text))
                .body("entities.size()", equalTo(2))
                .body("storedAt", org.hamcrest.Matchers.notNullValue());
        given().queryParam("q", "بوتين").queryParam("outlet", outlet).get("/articles").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(ar.id()))
                .body("items.find { it.id == '" + ar.id() + "' }.entities.id",
                        org.hamcrest.Matchers.hasItems(putin.id(), sochi.id()));
        given().queryParam("q", "Putin").queryParam("outlet", outlet).queryParam("language", "en")
                .get("/articles").then().statusCode(200)
                .body("items.id", equalTo(List.of(en.id())))
                .body("next", org.hamcrest.Matchers.nullValue());
        given().queryParam("q", "فلاديمير").queryParam("type", "person").get("/entities").then().statusCode(200)
                .body("items.find { it.id == '" + putin.id() + "' }.articleCount", equalTo(1))
                .body("items.find { it.id == '" + putin.id() + "' }.mentionCount", equalTo(1))
                .body("items.find { it.id == '" + putin.id() + "' }.aliases", equalTo(List.of("Vladimir Putin")));
        given().get("/entities/{id}", sochi.id()).then().statusCode(200)
                .body("name", equalTo("سوتشي"))
                .body("articles.id", equalTo(List.of(ar.id())));

        List<ArticleStored> announced = announcements(ar.id(), 1);
        assertThat(announced).singleElement().satisfies(s -> {
            assertThat(s.outlet()).isEqualTo(outlet);
            assertThat(s.title()).isEqualTo(ar.title());
            assertThat(s.language()).isEqualTo("ar");
            assertThat(s.publishedAt()).isEqualTo(NOON);
            assertThat(s.storedAt()).isNotNull();
        });
        Map<String, Object> stats = given().get("/stats").then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(stats).containsKeys("articles", "entities", "byLanguage", "byOutlet", "lastStoredAt");
        assertThat(given().get("/stats").jsonPath().getInt("byOutlet.'" + outlet + "'")).isEqualTo(2);
    }

    @Test
    void storesEachArticleOnceWhenReplayed() throws Exception {
        EnrichedArticle article = Fixtures.arabic(Fixtures.id(), Fixtures.outlet("replay"), "لقاء مرتقب",
                Fixtures.PUTIN_AR_TEXT, NOON, List.of(Fixtures.putin(Fixtures.PUTIN_AR_TEXT)));
        send(article);
        awaitStored(article.id());
        await().atMost(Duration.ofSeconds(20)).until(() -> "true".equals(column(article.id(), "announced::text")));
        String seq = column(article.id(), "seq");

        for (int i = 0; i < 3; i++) {
            send(article);
        }
        awaitConsumedAfter(article.id());

        assertThat(column(article.id(), "count(*) OVER ()")).isEqualTo("1");
        assertThat(column(article.id(), "seq")).isEqualTo(seq);
        assertThat(announcements(article.id(), 2)).hasSize(1);
    }

    @Test
    void replacesAnArticleWithItsNewerVersionOnly() throws Exception {
        EnrichedArticle first = Fixtures.english(Fixtures.id(), Fixtures.outlet("update"), "First title",
                Fixtures.PUTIN_EN_TEXT, NOON, List.of());
        EnrichedArticle second = Fixtures.retitled(first, "Second title", first.fetchedAt().plusSeconds(300));
        send(first);
        awaitStored(first.id());
        String firstSeq = column(first.id(), "seq");

        send(second);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/articles/{id}", first.id()).then().body("title", equalTo("Second title")));
        send(first);
        awaitConsumedAfter(first.id());

        assertThat(Long.parseLong(column(first.id(), "seq"))).isGreaterThan(Long.parseLong(firstSeq));
        given().get("/articles/{id}", first.id()).then().body("title", equalTo("Second title"));
        assertThat(announcements(first.id(), 3)).extracting(ArticleStored::title)
                .containsExactly("First title", "Second title");
    }

    @Test
    void sendsPoisonToTheDeadLetterTopicAndGoesOn() {
        String suffix = Fixtures.id();
        byte[] notJson = "{\"id\": \"broken".getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        byte[] noId = "{\"outlet\": \"somewhere\", \"title\": \"no id\"}".getBytes(StandardCharsets.UTF_8);
        TestKafka.send(bootstrap, Topics.ENRICHED, "json-" + suffix, notJson);
        TestKafka.send(bootstrap, Topics.ENRICHED, "utf8-" + suffix, notUtf8);
        TestKafka.send(bootstrap, Topics.ENRICHED, "noid-" + suffix, noId);
        EnrichedArticle valid = Fixtures.english(Fixtures.id(), Fixtures.outlet("after-poison"), "Still stored",
                Fixtures.PUTIN_EN_TEXT, NOON, List.of());
        send(valid);

        awaitStored(valid.id());
        List<ConsumerRecord<String, byte[]>> dead = TestKafka.poll(bootstrap, Topics.DEAD_LETTER,
                r -> r.key() != null && r.key().endsWith(suffix), 3, Duration.ofSeconds(30));
        assertThat(dead).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("json-" + suffix, "utf8-" + suffix, "noid-" + suffix);
        for (ConsumerRecord<String, byte[]> record : dead) {
            Header reason = record.headers().lastHeader("dead-letter-reason");
            assertThat(reason).as("reason of %s", record.key()).isNotNull();
            String text = new String(reason.value(), StandardCharsets.UTF_8);
            switch (record.key().substring(0, 4)) {
                case "json" -> assertThat(record.value()).isEqualTo(notJson);
                case "utf8" -> assertThat(record.value()).isEqualTo(notUtf8);
                default -> assertThat(text).contains("no id");
            }
            assertThat(text).isNotBlank();
        }
        assertThat(new String(dead.stream().filter(r -> r.key().startsWith("utf8")).findFirst().orElseThrow()
                .headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).contains("UTF-8");
    }

    @Test
    void pagesThroughEveryArticleExactlyOnceOverHttp() {
        String outlet = Fixtures.outlet("http-pages");
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant published = i % 4 == 0 ? null : NOON.minusSeconds(3600L * (i / 2));
            EnrichedArticle a = Fixtures.arabic(Fixtures.id(), outlet, "خبر رقم " + i, "نص الخبر رقم " + i + ".",
                    published, List.of());
            send(a);
            sent.add(a.id());
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().queryParam("outlet", outlet).queryParam("limit", 100).get("/articles")
                        .jsonPath().getList("items").size() == sent.size());

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("outlet", outlet).queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/articles");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("next");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void answersBadParametersWith400AndUnknownIdsWith404() {
        for (String limit : List.of("0", "101", "many")) {
            given().queryParam("limit", limit).get("/articles").then().statusCode(400)
                    .body("error", equalTo("invalid_parameter"))
                    .body("message", org.hamcrest.Matchers.containsString("limit"));
        }
        given().queryParam("since", "yesterday").get("/articles").then().statusCode(400)
                .body("error", equalTo("invalid_parameter"));
        given().queryParam("cursor", "not-a-cursor").get("/articles").then().statusCode(400)
                .body("error", equalTo("invalid_parameter"));
        given().queryParam("limit", "0").get("/entities").then().statusCode(400);
        given().get("/articles/{id}", "no-such-article").then().statusCode(404).body("error", equalTo("not_found"));
        given().get("/entities/{id}", "no:such-entity").then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void reportsReadyWithDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems(
                        org.hamcrest.Matchers.containsString("Database"),
                        org.hamcrest.Matchers.containsString("Kafka")));
    }

    private void send(EnrichedArticle article) {
        TestKafka.send(bootstrap, Topics.ENRICHED, article.id(), Fixtures.bytes(article));
    }

    private static void awaitStored(String id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/articles/{id}", id).statusCode() == 200);
    }

    /**
     * Waits until the consumer is past everything sent so far for {@code id}: a marker article sent with the
     * same key lands on the same partition, so once it is stored, the earlier records were consumed.
     */
    private void awaitConsumedAfter(String key) {
        EnrichedArticle marker = Fixtures.english(Fixtures.id(), Fixtures.outlet("marker"), "Marker",
                "A marker article.", NOON, List.of());
        TestKafka.send(bootstrap, Topics.ENRICHED, key, Fixtures.bytes(marker));
        awaitStored(marker.id());
    }

    /** The ArticleStored records announced for {@code id}, read until {@code atMost} or a short time out. */
    private List<ArticleStored> announcements(String id, int atMost) {
        return TestKafka.poll(bootstrap, Topics.STORED, r -> id.equals(r.key()), atMost, Duration.ofSeconds(5))
                .stream().map(r -> {
                    try {
                        return Fixtures.JSON.readValue(r.value(), ArticleStored.class);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private String column(String id, String expression) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + expression + " FROM store.article WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
