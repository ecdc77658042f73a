package org.marsad.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.localstack.test.KafkaTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/** What surrounds the API: its OpenAPI document, the web page, health and metrics. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(FakeUpstreams.class)
class PlatformTest {

    @BeforeEach
    void resetFakes() {
        FakeUpstreams.reset();
    }

    @Test
    void openApiListsEveryPublicRouteWithItsSchemas() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/articles"))
                .body("paths", hasKey("/api/v1/articles/bulk"))
                .body("paths", hasKey("/api/v1/articles/{id}"))
                .body("paths", hasKey("/api/v1/entities"))
                .body("paths", hasKey("/api/v1/entities/{id}"))
                .body("paths", hasKey("/api/v1/feeds"))
                .body("paths", hasKey("/api/v1/feeds/{id}"))
                .body("paths", hasKey("/api/v1/stats"))
                .body("paths", hasKey("/api/v1/stream"))
                .body("paths", hasKey("/api/v1/stories"))
                .body("paths", hasKey("/api/v1/stories/{id}"))
                .body("paths.'/api/v1/articles'.post.summary", equalTo("Submit one article"))
                .body("components.schemas", hasKey("ArticleSummary"))
                .body("components.schemas", hasKey("EnrichedArticle"))
                .body("components.schemas", hasKey("Error"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void servesTheWebPageAndItsAssets() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("مرصد"))
                .body(containsString("type=\"module\" src=\"js/app.js\""));
        // ES modules load only when served as JavaScript.
        given().when().get("/js/live.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("EventSource"));
        given().when().get("/app.css").then().statusCode(200).body(containsString("Noto Naskh Arabic"));
    }

    @Test
    void isReadyWhenStoreAndIngestAre() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'upstream services' }.status", equalTo("UP"));
    }

    @Test
    void isNotReadyButStillLiveWhenStoreIsNotReady() {
        FakeUpstreams.store().answer("GET", "/q/health/ready", 503, "{\"status\":\"DOWN\"}");

        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'upstream services' }.data.'store-service'", equalTo("DOWN (503)"))
                .body("checks.find { it.name == 'upstream services' }.data.'ingest-service'", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/api/v1/articles/x");
        given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }
}
