package org.marsad.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.localstack.test.KafkaTestResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(ApiKeysTest.WithKeys.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(FakeUpstreams.class)
class ApiKeysTest {

    /** Two keys, the second with stray spaces as they come from environment variables. */
    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("marsad.gateway.api-keys", "first-key, second-key ");
        }
    }

    private static final String ARTICLE = "{\"outlet\":\"BBC\",\"title\":\"t\",\"body\":\"b\"}";

    @BeforeEach
    void setUp() {
        FakeUpstreams.reset();
        FakeUpstreams.ingest().answer("POST", "/articles", 202, "{\"id\":\"a1\",\"status\":\"accepted\"}");
        FakeUpstreams.ingest().answer("DELETE", "/feeds/f1", 204, null);
        FakeUpstreams.ingest().answer("GET", "/feeds", 200, "{\"items\":[]}");
    }

    @Test
    void refusesWriteWithoutKeyAndNeverCallsIngest() {
        given().contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/api/v1/articles")
                .then().statusCode(401)
                .contentType(ContentType.JSON)
                .header("WWW-Authenticate", "Bearer realm=\"marsad\"")
                .body("error", equalTo("unauthorized"));
        given().when().delete("/api/v1/feeds/f1").then().statusCode(401);

        assertThat(FakeUpstreams.ingest().received()).isEmpty();
    }

    @Test
    void refusesWrongKey() {
        given().contentType(ContentType.JSON).body(ARTICLE).header("X-API-Key", "first-ke")
                .when().post("/api/v1/articles").then().statusCode(401);
        given().contentType(ContentType.JSON).body(ARTICLE).header("Authorization", "Bearer first-key-and-more")
                .when().post("/api/v1/articles").then().statusCode(401);
        given().contentType(ContentType.JSON).body(ARTICLE).header("Authorization", "Basic Zmlyc3Qta2V5")
                .when().post("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void acceptsKeyInEitherHeader() {
        given().contentType(ContentType.JSON).body(ARTICLE).header("X-API-Key", "first-key")
                .when().post("/api/v1/articles").then().statusCode(202).body("id", equalTo("a1"));
        given().contentType(ContentType.JSON).body(ARTICLE).header("Authorization", "Bearer second-key")
                .when().post("/api/v1/articles").then().statusCode(202);
        given().header("X-API-Key", "second-key")
                .when().delete("/api/v1/feeds/f1").then().statusCode(204);

        assertThat(FakeUpstreams.ingest().received("POST", "/articles")).hasSize(2);
    }

    @Test
    void keepsReadsOpen() {
        given().when().get("/api/v1/feeds").then().statusCode(200);
        given().when().get("/").then().statusCode(200);
    }
}
