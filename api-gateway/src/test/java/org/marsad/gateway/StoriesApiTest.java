package org.marsad.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.localstack.test.KafkaTestResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The story routes relay store-service: parameters checked first, answers passed on as they came. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(FakeUpstreams.class)
class StoriesApiTest {

    @BeforeEach
    void resetFakes() {
        FakeUpstreams.reset();
    }

    @Test
    void forwardsEveryListingParameterToStore() {
        FakeUpstreams.store().answer("GET", "/stories", 200, Fixtures.text("stories.json"));

        given().queryParam("since", "2025-03-01T00:00:00Z").queryParam("until", "2025-03-02T00:00:00Z")
                .queryParam("entity", "loc:tartus").queryParam("outlet", "North Wire")
                .queryParam("limit", "5").queryParam("cursor", "c1")
                .when().get("/api/v1/stories")
                .then().statusCode(200)
                .body("items[0].id", equalTo("st-harbour"))
                .body("items[0].outlets.outlet", hasItem("وكالة الشرق"));

        assertThat(FakeUpstreams.store().received("GET", "/stories").get(0).query())
                .containsExactlyInAnyOrderEntriesOf(Map.of("since", "2025-03-01T00:00:00Z",
                        "until", "2025-03-02T00:00:00Z", "entity", "loc:tartus", "outlet", "North Wire",
                        "limit", "5", "cursor", "c1"));
    }

    @Test
    void refusesInvalidListingParametersWithoutCallingStore() {
        given().queryParam("limit", "1000").when().get("/api/v1/stories")
                .then().statusCode(400).body("error", equalTo("invalid_parameter"));
        given().queryParam("since", "yesterday").when().get("/api/v1/stories")
                .then().statusCode(400).body("message", equalTo(
                        "since must be an ISO-8601 instant such as 2025-01-31T12:00:00Z, not 'yesterday'"));
        given().queryParam("since", "2025-03-02T00:00:00Z").queryParam("until", "2025-03-01T00:00:00Z")
                .when().get("/api/v1/stories").then().statusCode(400);

        assertThat(FakeUpstreams.store().received()).isEmpty();
    }

    @Test
    void relaysTheStoryWithItsComparison() {
        FakeUpstreams.store().answer("GET", "/stories/st-harbour", 200, Fixtures.text("story.json"));

        given().when().get("/api/v1/stories/st-harbour")
                .then().statusCode(200)
                .body("comparison.numbers[0].agreement", equalTo("disagree"))
                .body("comparison.quotes[0].sharedWith[0]", equalTo("North Wire"))
                .body("articlesByOutlet.size()", equalTo(2));
    }

    @Test
    void passesUnknownStoryThroughAs404() {
        given().when().get("/api/v1/stories/st-nothing")
                .then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void documentsTheStoryRoutesInOpenApi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/stories'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/StoryPage"))
                .body("paths.'/api/v1/stories/{id}'.get.responses.'404'", notNullValue())
                .body("components.schemas.StoryComparison.properties.favouredTerms", notNullValue())
                .body("paths.'/api/v1/articles'.get.parameters.name", hasItem("story"));
    }
}
