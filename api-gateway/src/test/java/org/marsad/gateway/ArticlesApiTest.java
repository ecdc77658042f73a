package org.marsad.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.localstack.test.KafkaTestResource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(FakeUpstreams.class)
class ArticlesApiTest {

    private static final String ARTICLE = """
            {"outlet":"الجزيرة","title":"وزير الخارجية يزور دمشق","body":"قال وزير الخارجية إن الزيارة مهمة.","language":"ar","extra":true}""";

    @BeforeEach
    void resetFakes() {
        FakeUpstreams.reset();
    }

    @Test
    void passesSubmittedArticleToIngestUnchangedAndReturnsItsAcceptance() {
        FakeUpstreams.ingest().answer("POST", "/articles", 202, "{\"id\":\"a1b2\",\"status\":\"accepted\"}");

        given().contentType(ContentType.JSON).body(ARTICLE.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles")
                .then().statusCode(202)
                .body("id", equalTo("a1b2"))
                .body("status", equalTo("accepted"));

        var received = FakeUpstreams.ingest().received("POST", "/articles");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).bodyText()).isEqualTo(ARTICLE);
        assertThat(received.get(0).contentType()).startsWith("application/json");
    }

    @Test
    void passesIngestRejectionThroughWithItsMessage() {
        FakeUpstreams.ingest().answer("POST", "/articles", 400,
                "{\"error\":\"invalid_article\",\"message\":\"title is required\"}");

        given().contentType(ContentType.JSON).body("{\"outlet\":\"x\"}")
                .when().post("/api/v1/articles")
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("error", equalTo("invalid_article"))
                .body("message", equalTo("title is required"));
    }

    @Test
    void passesTooLargeThrough() {
        FakeUpstreams.ingest().answer("POST", "/articles", 413,
                "{\"error\":\"too_large\",\"message\":\"body over 2 MB\"}");

        given().contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/api/v1/articles")
                .then().statusCode(413).body("error", equalTo("too_large"));
    }

    @Test
    void passesBulkNdjsonToIngestLineForLine() {
        String ndjson = ARTICLE + "\n{\"outlet\":\"BBC\",\"title\":\"Talks resume\",\"body\":\"...\"}\nnot json\n";
        FakeUpstreams.ingest().answer("POST", "/articles/bulk", 202,
                "{\"accepted\":2,\"duplicates\":0,\"rejected\":[{\"line\":3,\"error\":\"invalid JSON\"}]}");

        given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles/bulk")
                .then().statusCode(202)
                .body("accepted", equalTo(2))
                .body("rejected[0].line", equalTo(3));

        var received = FakeUpstreams.ingest().received("POST", "/articles/bulk");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).bodyText()).isEqualTo(ndjson);
        assertThat(received.get(0).contentType()).startsWith("application/x-ndjson");
    }

    @Test
    void forwardsEverySearchParameterToStore() {
        FakeUpstreams.store().answer("GET", "/articles", 200,
                "{\"items\":[{\"id\":\"a1\",\"title\":\"سوريا\",\"entities\":[]}],\"next\":\"c2\"}");

        given().queryParam("q", "الأسد دمشق")
                .queryParam("language", "ar")
                .queryParam("outlet", "Al Jazeera")
                .queryParam("entity", "loc:SY")
                .queryParam("feed", "0123456789abcdef")
                .queryParam("story", "st-42")
                .queryParam("since", "2025-01-01T00:00:00Z")
                .queryParam("until", "2025-02-01T00:00:00Z")
                .queryParam("limit", "50")
                .queryParam("cursor", "abc+/=")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items[0].title", equalTo("سوريا"))
                .body("next", equalTo("c2"));

        var received = FakeUpstreams.store().received("GET", "/articles");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).query()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "q", "الأسد دمشق", "language", "ar", "outlet", "Al Jazeera", "entity", "loc:SY",
                "feed", "0123456789abcdef", "story", "st-42", "since", "2025-01-01T00:00:00Z",
                "until", "2025-02-01T00:00:00Z", "limit", "50", "cursor", "abc+/="));
    }

    @Test
    void leavesOutParametersThatWereNotGiven() {
        FakeUpstreams.store().answer("GET", "/articles", 200, "{\"items\":[],\"next\":null}");

        given().queryParam("language", "en").when().get("/api/v1/articles").then().statusCode(200);

        assertThat(FakeUpstreams.store().received("GET", "/articles").get(0).query())
                .containsExactly(Map.entry("language", "en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limit | 0 | limit must be a whole number from 1 to 100",
            "limit | 101 | limit must be a whole number from 1 to 100",
            "limit | ten | limit must be a whole number from 1 to 100",
            "since | yesterday | since must be an ISO-8601 instant",
            "until | 2025-13-01 | until must be an ISO-8601 instant"})
    void refusesInvalidParameterWithoutCallingStore(String name, String value, String message) {
        given().queryParam(name, value)
                .when().get("/api/v1/articles")
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("error", equalTo("invalid_parameter"))
                .body("message", containsString(message));

        assertThat(FakeUpstreams.store().received()).isEmpty();
    }

    @Test
    void refusesWindowThatEndsBeforeItStarts() {
        given().queryParam("since", "2025-02-01T00:00:00Z").queryParam("until", "2025-01-01T00:00:00Z")
                .when().get("/api/v1/articles")
                .then().statusCode(400).body("message", equalTo("since must not be after until"));

        assertThat(FakeUpstreams.store().received()).isEmpty();
    }

    @Test
    void passesNotFoundThroughForAnArticleNotStoredYet() {
        FakeUpstreams.store().answer("GET", "/articles/nope", 404,
                "{\"error\":\"not_found\",\"message\":\"no article nope\"}");

        given().when().get("/api/v1/articles/nope")
                .then().statusCode(404)
                .body("error", equalTo("not_found"))
                .body("message", equalTo("no article nope"));
    }

    @Test
    void returnsTheWholeEnrichedArticle() {
        FakeUpstreams.store().answer("GET", "/articles/a1", 200, """
                {"id":"a1","title":"قمة في الرياض","language":"ar","summary":"ملخص","futureField":{"x":1},
                 "entities":[{"id":"loc:SA","type":"LOCATION","name":"السعودية","mentions":[]}]}""");

        given().when().get("/api/v1/articles/a1")
                .then().statusCode(200)
                .body("title", equalTo("قمة في الرياض"))
                .body("futureField.x", equalTo(1))
                .body("entities[0].type", equalTo("LOCATION"));
    }
}
