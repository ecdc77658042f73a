package org.marsad.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The gateway when an internal service is gone (connection refused) or hangs (no answer in time). */
@QuarkusTest
@TestProfile(UpstreamFailureTest.BrokenUpstreams.class)
class UpstreamFailureTest {

    /**
     * ingest-service: a port nobody listens on. store-service: a socket that takes connections (the kernel
     * completes them) but never reads or answers.
     */
    public static class BrokenUpstreams implements QuarkusTestProfile {

        private static final ServerSocket SILENT_STORE = listen();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "marsad.gateway.ingest-url", "http://127.0.0.1:" + closedPort(),
                    "marsad.gateway.store-url", "http://127.0.0.1:" + SILENT_STORE.getLocalPort(),
                    "marsad.gateway.read-timeout", "1s",
                    // No broker in this test: the stream is not what it is about.
                    "mp.messaging.incoming.live-stream.enabled", "false");
        }

        private static ServerSocket listen() {
            try {
                return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int closedPort() {
            try (ServerSocket socket = listen()) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void answers503NamingIngestWhenItIsDown() {
        given().contentType(ContentType.JSON).body("{\"outlet\":\"x\",\"title\":\"t\",\"body\":\"b\"}")
                .when().post("/api/v1/articles")
                .then().statusCode(503)
                .contentType(ContentType.JSON)
                .body("error", equalTo("upstream_unavailable"))
                .body("message", containsString("ingest-service"));
    }

    @Test
    void answers504NamingStoreWhenItDoesNotAnswerInTime() {
        given().when().get("/api/v1/articles")
                .then().statusCode(504)
                .contentType(ContentType.JSON)
                .body("error", equalTo("upstream_unavailable"))
                .body("message", equalTo("store-service did not answer in time"));
    }

    @Test
    void isNotReadyWhenUpstreamsAreGone() {
        given().when().get("/q/health/ready").then().statusCode(503);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
