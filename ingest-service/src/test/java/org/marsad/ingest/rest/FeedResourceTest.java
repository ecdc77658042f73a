package org.marsad.ingest.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.domain.Feed;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class FeedResourceTest {

    /** Port 9 (discard) is closed here: polls fail at once instead of reaching out. */
    private static String unreachableFeed() {
        return "http://127.0.0.1:9/feeds/" + UUID.randomUUID() + ".xml";
    }

    @Test
    void subscribesListsReadsAndUnsubscribes() {
        String url = unreachableFeed();
        String id = Feed.idFor(url);

        given().contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post("/feeds")
                .then().statusCode(201)
                .header("Location", endsWith("/feeds/" + id))
                .body("id", equalTo(id))
                .body("url", equalTo(url))
                .body("outlet", equalTo("127.0.0.1"))
                .body("pollSeconds", equalTo(300))
                .body("status", equalTo("new"))
                .body("itemsSeen", equalTo(0))
                .body("nextPollAt", notNullValue())
                .body("createdAt", notNullValue());

        given().contentType(ContentType.JSON).body(Map.of("url", url + "#fragment", "outlet", "Other"))
                .when().post("/feeds")
                .then().statusCode(200).body("id", equalTo(id));

        given().when().get("/feeds").then().statusCode(200).body("items.id", hasItem(id));
        given().when().get("/feeds/" + id).then().statusCode(200).body("url", equalTo(url));

        given().when().delete("/feeds/" + id).then().statusCode(204);
        given().when().get("/feeds/" + id).then().statusCode(404).body("error", equalTo("not_found"));
        given().when().delete("/feeds/" + id).then().statusCode(404);
        given().when().get("/feeds").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void keepsTheOutletAndIntervalItIsGiven() {
        String url = unreachableFeed();
        given().contentType(ContentType.JSON).body(Map.of("url", url, "outlet", "الجزيرة", "pollSeconds", 60))
                .when().post("/feeds")
                .then().statusCode(201).body("outlet", equalTo("الجزيرة")).body("pollSeconds", equalTo(60));
        given().when().delete("/feeds/" + Feed.idFor(url)).then().statusCode(204);
    }

    @Test
    void refusesInvalidSubscriptionsNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("url", "feeds/relative.xml"))
                .when().post("/feeds")
                .then().statusCode(400).body("error", equalTo("invalid_feed")).body("message", containsString("url"));
        given().contentType(ContentType.JSON).body(Map.of("outlet", "x"))
                .when().post("/feeds")
                .then().statusCode(400).body("message", equalTo("url is required"));
        for (int seconds : new int[] {29, 86_401}) {
            given().contentType(ContentType.JSON).body(Map.of("url", unreachableFeed(), "pollSeconds", seconds))
                    .when().post("/feeds")
                    .then().statusCode(400).body("message", containsString("pollSeconds"));
        }
        given().contentType(ContentType.JSON).body(Map.of("url", unreachableFeed(), "pollSeconds", "often"))
                .when().post("/feeds")
                .then().statusCode(400).body("message", containsString("pollSeconds"));
        given().contentType(ContentType.JSON).body("{\"url\": ")
                .when().post("/feeds")
                .then().statusCode(400).body("error", equalTo("invalid_feed"));
    }
}
