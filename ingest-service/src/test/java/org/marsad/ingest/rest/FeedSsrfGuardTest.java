package org.marsad.ingest.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The SSRF guard as production has it (the other tests allow private networks to serve feeds on loopback). */
@QuarkusTest
@TestProfile(FeedSsrfGuardTest.GuardOn.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class FeedSsrfGuardTest {

    public static class GuardOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("marsad.ingest.allow-private-networks", "false");
        }
    }

    @Test
    void refusesFeedsOnLoopbackPrivateAndMetadataAddresses() {
        Map<String, String> refusals = Map.of(
                "http://127.0.0.1:8090/feed.xml", "a loopback address",
                "http://localhost/feed.xml", "a loopback address",
                "http://10.0.0.7/rss", "a private address",
                "http://192.168.1.1/rss", "a private address",
                "http://169.254.169.254/latest/meta-data/", "a cloud metadata address",
                "http://[fd00:ec2::254]/latest", "a private (unique local) address",
                "http://0.0.0.0:8081/feeds", "the unspecified address");
        refusals.forEach((url, kind) -> given().contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post("/feeds")
                .then().statusCode(400)
                .body("error", equalTo("invalid_feed"))
                .body("message", containsString(kind + ": refused"))
                .body("message", containsString("marsad.ingest.allow-private-networks=true")));
    }

    @Test
    void acceptsAPublicAddress() {
        given().contentType(ContentType.JSON).body(Map.of("url", "http://93.184.216.34/feed.xml", "pollSeconds", 86400))
                .when().post("/feeds")
                .then().statusCode(201);
    }
}
