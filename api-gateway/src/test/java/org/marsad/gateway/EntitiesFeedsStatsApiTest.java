package org.marsad.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.localstack.test.KafkaTestResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(FakeUpstreams.class)
class EntitiesFeedsStatsApiTest {

    private static final String FEED = """
            {"id":"0123456789abcdef","url":"https://example.org/rss","outlet":"Example","status":"new","pollSeconds":300}""";

    @BeforeEach
    void resetFakes() {
        FakeUpstreams.reset();
    }

    @Test
    void forwardsEntitySearchToStore() {
        FakeUpstreams.store().answer("GET", "/entities", 200,
                "{\"items\":[{\"id\":\"per:assad\",\"type\":\"PERSON\",\"name\":\"بشار الأسد\","
                        + "\"aliases\":[\"Bashar al-Assad\"],\"articleCount\":4,\"mentionCount\":9}]}");

        given().queryParam("q", "الأسد").queryParam("type", "PERSON").queryParam("limit", "5")
                .when().get("/api/v1/entities")
                .then().statusCode(200)
                .body("items[0].aliases[0]", equalTo("Bashar al-Assad"));

        assertThat(FakeUpstreams.store().received("GET", "/entities").get(0).query())
                .containsExactlyInAnyOrderEntriesOf(Map.of("q", "الأسد", "type", "PERSON", "limit", "5"));
    }

    @Test
    void passesUnknownEntityThrough() {
        given().when().get("/api/v1/entities/per:nobody").then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void relaysAFeedsHealth() {
        FakeUpstreams.ingest().answer("GET", "/feeds/0123456789abcdef", 200, """
                {"id":"0123456789abcdef","url":"https://example.org/rss","status":"stale","itemsSeen":40,
                 "itemsPublished":38,"lastError":null,"lastWarning":"document cut short or not closed",
                 "lastSuccessAt":"2025-01-02T03:04:05Z","nextPollAt":"2025-01-02T03:09:05Z","fullText":true}""");

        given().when().get("/api/v1/feeds/0123456789abcdef").then().statusCode(200)
                .body("status", equalTo("stale"))
                .body("itemsSeen", equalTo(40))
                .body("itemsPublished", equalTo(38))
                .body("lastWarning", equalTo("document cut short or not closed"))
                .body("nextPollAt", equalTo("2025-01-02T03:09:05Z"))
                .body("fullText", equalTo(true));
    }

    @Test
    void passesTheSsrfRefusalThroughAsA400() {
        FakeUpstreams.ingest().answer("POST", "/feeds", 400, """
                {"error":"invalid_feed","message":"url host 169.254.169.254 resolves to 169.254.169.254, a cloud \
                metadata address: refused (set marsad.ingest.allow-private-networks=true to allow it)"}""");

        given().contentType(ContentType.JSON).body("{\"url\":\"http://169.254.169.254/latest\",\"fullText\":true}")
                .when().post("/api/v1/feeds")
                .then().statusCode(400)
                .body("error", equalTo("invalid_feed"))
                .body("message", org.hamcrest.Matchers.containsString("cloud metadata address: refused"));

        assertThat(FakeUpstreams.ingest().received("POST", "/feeds").get(0).bodyText())
                .isEqualTo("{\"url\":\"http://169.254.169.254/latest\",\"fullText\":true}");
    }

    @Test
    void subscribesFeedWithIngestsStatus() {
        FakeUpstreams.ingest().answer("POST", "/feeds", 201, FEED);

        given().contentType(ContentType.JSON).body("{\"url\":\"https://example.org/rss\"}")
                .when().post("/api/v1/feeds")
                .then().statusCode(201).body("id", equalTo("0123456789abcdef"));

        assertThat(FakeUpstreams.ingest().received("POST", "/feeds").get(0).bodyText())
                .isEqualTo("{\"url\":\"https://example.org/rss\"}");
    }

    @Test
    void listsReadsAndDeletesFeeds() {
        FakeUpstreams.ingest().answer("GET", "/feeds", 200, "{\"items\":[" + FEED + "]}");
        FakeUpstreams.ingest().answer("GET", "/feeds/0123456789abcdef", 200, FEED);
        FakeUpstreams.ingest().answer("DELETE", "/feeds/0123456789abcdef", 204, null);

        given().when().get("/api/v1/feeds").then().statusCode(200).body("items[0].status", equalTo("new"));
        given().when().get("/api/v1/feeds/0123456789abcdef").then().statusCode(200).body("outlet", equalTo("Example"));
        given().when().delete("/api/v1/feeds/0123456789abcdef").then().statusCode(204);
        given().when().delete("/api/v1/feeds/ffffffffffffffff").then().statusCode(404).body("error", equalTo("not_found"));

        assertThat(FakeUpstreams.ingest().received("DELETE", "/feeds/0123456789abcdef")).hasSize(1);
    }

    @Test
    void mergesStoreStatsWithFeedCount() {
        FakeUpstreams.store().answer("GET", "/stats", 200, """
                {"articles":12,"entities":30,"byLanguage":{"ar":8,"en":4},"byOutlet":{"BBC":4},"lastStoredAt":"2025-01-01T10:00:00Z"}""");
        FakeUpstreams.ingest().answer("GET", "/feeds", 200, "{\"items\":[" + FEED + "," + FEED + "]}");

        given().when().get("/api/v1/stats")
                .then().statusCode(200)
                .body("articles", equalTo(12))
                .body("entities", equalTo(30))
                .body("feeds", equalTo(2))
                .body("byLanguage.ar", equalTo(8))
                .body("lastStoredAt", equalTo("2025-01-01T10:00:00Z"))
                .body("stories", nullValue());
    }

    @Test
    void keepsStoriesWhenStoreCountsThem() {
        FakeUpstreams.store().answer("GET", "/stats", 200, "{\"articles\":1,\"entities\":1,\"stories\":7}");
        FakeUpstreams.ingest().answer("GET", "/feeds", 200, "{\"items\":[]}");

        given().when().get("/api/v1/stats")
                .then().statusCode(200).body("stories", equalTo(7)).body("feeds", equalTo(0));
    }

    @Test
    void unknownApiRouteAnswersJsonError() {
        given().when().get("/api/v1/stories")
                .then().statusCode(404).contentType(ContentType.JSON).body("error", equalTo("not_found"));
    }
}
