package org.marsad.ingest.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleIds;
import org.marsad.events.RawArticle;
import org.marsad.ingest.RawTopic;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ArticleResourceTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    /** How long we watch the topic to be sure nothing more arrives. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    private static String post(Map<String, Object> article, String expectedStatus) {
        return given().contentType(ContentType.JSON).body(article)
                .when().post("/articles")
                .then().statusCode(202).body("status", equalTo(expectedStatus))
                .extract().path("id");
    }

    @Test
    void publishesAnArticleOnceKeyedByItsId() {
        String url = "https://sana.example/ar/news/" + UUID.randomUUID() + "/?utm_source=twitter";
        String id = post(Map.of("url", url, "outlet", "سانا", "title", "وزير الخارجية يلتقي نظيره",
                "body", "التقى وزير الخارجية اليوم نظيره في دمشق.", "language", "ar",
                "publishedAt", "2024-05-01T12:30:00+03:00", "unknownField", 42), "accepted");

        String canonical = url.substring(0, url.indexOf("/?"));
        assertThat(id).isEqualTo(ArticleIds.fromCanonicalUrl(canonical));
        List<ConsumerRecord<String, byte[]>> records = RawTopic.withKey(id, 1, ARRIVAL);
        assertThat(records).hasSize(1);
        String json = new String(records.get(0).value(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"publishedAt\":\"2024-05-01T09:30:00Z\"");
        RawArticle article = RawTopic.parse(records.get(0).value());
        assertThat(article.id()).isEqualTo(id);
        assertThat(article.canonicalUrl()).isEqualTo(canonical);
        assertThat(article.outlet()).isEqualTo("سانا");
        assertThat(article.title()).isEqualTo("وزير الخارجية يلتقي نظيره");
        assertThat(article.body()).isEqualTo("التقى وزير الخارجية اليوم نظيره في دمشق.");
        assertThat(article.languageHint()).isEqualTo("ar");
        assertThat(article.source()).isEqualTo("push");
        assertThat(article.fetchedAt()).isBetween(Instant.now().minusSeconds(120), Instant.now());
    }

    @Test
    void saysDuplicateAndPublishesNothingWhenTheSameArticleComesAgain() {
        Map<String, Object> article = Map.of("url", "https://example.com/story/" + UUID.randomUUID(),
                "outlet", "Example", "title", "Same story", "html", "<p>Same words.</p>");
        String id = post(article, "accepted");
        assertThat(RawTopic.withKey(id, 1, ARRIVAL)).hasSize(1);

        assertThat(post(article, "duplicate")).isEqualTo(id);

        assertThat(RawTopic.withKey(id, 2, QUIET)).hasSize(1);
    }

    @Test
    void republishesACorrection() {
        String url = "https://example.com/story/" + UUID.randomUUID();
        String id = post(Map.of("url", url, "outlet", "Example", "title", "Toll rises", "body", "Ten hurt."),
                "accepted");
        assertThat(post(Map.of("url", url, "outlet", "Example", "title", "Toll rises", "body", "Twelve hurt."),
                "accepted")).isEqualTo(id);

        List<ConsumerRecord<String, byte[]>> records = RawTopic.withKey(id, 2, ARRIVAL);
        assertThat(records).extracting(r -> RawTopic.parse(r.value()).body()).containsExactly("Ten hurt.", "Twelve hurt.");
    }

    @Test
    void identifiesArticlesWithoutUrlByTheirContent() {
        String title = "بيان " + UUID.randomUUID();
        String id = post(Map.of("outlet", "وكالة", "title", title, "body", "نص البيان"), "accepted");
        assertThat(id).isEqualTo(ArticleIds.fromContent("وكالة", title, "نص البيان"));
        assertThat(RawTopic.withKey(id, 1, ARRIVAL)).hasSize(1);
    }

    @Test
    void refusesAnInvalidArticleNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("title", "t", "body", "b"))
                .when().post("/articles")
                .then().statusCode(400).body("error", equalTo("invalid_article"))
                .body("message", equalTo("outlet is required"));
        given().contentType(ContentType.JSON).body(Map.of("outlet", "o", "title", "t", "body", "b",
                        "publishedAt", "last Tuesday"))
                .when().post("/articles")
                .then().statusCode(400).body("message", containsString("publishedAt"));
        given().contentType(ContentType.JSON).body(Map.of("outlet", "o", "title", "t", "body", "b",
                        "url", "mailto:editor@example.com"))
                .when().post("/articles")
                .then().statusCode(400).body("message", containsString("url"));
    }

    @Test
    void refusesMalformedJsonAsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"outlet\": \"o\", \"title\": ")
                .when().post("/articles")
                .then().statusCode(400).body("error", equalTo("invalid_article"))
                .body("message", containsString("malformed JSON"));
    }

    @Test
    void publishesALargeArticleJustUnderTheLimit() {
        // Random letters, so that compression cannot bring it under the broker's default 1 MB record limit.
        Random random = new Random(7);
        StringBuilder body = new StringBuilder();
        while (body.length() < 900_000) {
            body.append(random.nextInt(8) == 0 ? ' ' : (char) ('\u0627' + random.nextInt(26)));
        }
        String id = post(Map.of("url", "https://example.com/long/" + UUID.randomUUID(), "outlet", "o",
                "title", "long read", "body", body.toString()), "accepted");
        assertThat(RawTopic.withKey(id, 1, ARRIVAL)).singleElement()
                .satisfies(r -> assertThat(RawTopic.parse(r.value()).body()).hasSize(900_000));
    }

    @Test
    void refusesAnArticleOverTwoMegabytes() {
        String body = "ك".repeat(1_100_000); // 2.2 MB of UTF-8
        given().contentType(ContentType.JSON).body(Map.of("outlet", "o", "title", "t", "body", body))
                .when().post("/articles")
                .then().statusCode(413).body("error", equalTo("too_large"));
    }
}
