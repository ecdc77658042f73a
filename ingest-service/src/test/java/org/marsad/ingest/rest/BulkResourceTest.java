package org.marsad.ingest.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleIds;
import org.marsad.events.RawArticle;
import org.marsad.ingest.RawTopic;
import org.marsad.ingest.domain.CanonicalUrl;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class BulkResourceTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsTheGoodLinesAndReportsEachBadLineByNumber() {
        String run = UUID.randomUUID().toString();
        String url = "https://bulk.example.org/ar/" + run;
        String good1 = "{\"url\":\"" + url + "\",\"outlet\":\"عنب بلدي\",\"title\":\"خبر أول\",\"body\":\"نص الخبر الأول\"}";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(utf8(good1 + "\n"));                                                   // 1 good
        body.writeBytes(utf8("{\"outlet\":\"x\",\"title\": \n"));                              // 2 invalid JSON
        body.writeBytes(utf8("{\"outlet\":\"x\",\"title\":\"t\",\"body\":\""));                 // 3 invalid UTF-8
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        body.writeBytes(utf8("\"}\n"));
        body.writeBytes(utf8("{\"title\":\"no outlet\",\"body\":\"b\"}\n"));                   // 4 missing outlet
        body.writeBytes(utf8("   \n"));                                                        // 5 blank, skipped
        body.writeBytes(utf8("{\"outlet\":\"Wire\",\"title\":\"" + run + "\",\"html\":\"<p>x</p>\"}\r\n")); // 6 good
        body.writeBytes(utf8(good1));                                                          // 7 same as 1

        Response response = given().contentType("application/x-ndjson").body(body.toByteArray())
                .when().post("/articles/bulk");

        response.then().statusCode(202)
                .body("accepted", equalTo(2))
                .body("duplicates", equalTo(1))
                .body("rejected.line", equalTo(List.of(2, 3, 4)));
        List<String> errors = response.jsonPath().getList("rejected.error");
        assertThat(errors.get(0)).startsWith("malformed JSON");
        assertThat(errors.get(1)).isEqualTo("not valid UTF-8");
        assertThat(errors.get(2)).isEqualTo("outlet is required");

        String id1 = ArticleIds.fromCanonicalUrl(CanonicalUrl.of(url));
        String id6 = ArticleIds.fromContent("Wire", run, "<p>x</p>");
        assertThat(RawTopic.withKey(id1, 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(RawTopic.withKey(id6, 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(RawTopic.withKey(id1, 2, Duration.ofSeconds(3))).as("line 7 repeats line 1").hasSize(1);
    }

    @Test
    void acceptsPlainTextUploadsAndCountsDuplicatesOnASecondUpload() {
        String run = UUID.randomUUID().toString();
        String ndjson = IntStream.range(0, 30)
                .mapToObj(i -> "{\"url\":\"https://bulk.example.org/" + run + "/" + i
                        + "\",\"outlet\":\"Wire\",\"title\":\"Story " + i + "\",\"body\":\"Text " + i + "\"}")
                .collect(Collectors.joining("\n"));

        given().contentType("text/plain; charset=utf-8").body(utf8(ndjson)).when().post("/articles/bulk")
                .then().statusCode(202).body("accepted", equalTo(30)).body("duplicates", equalTo(0))
                .body("rejected.size()", equalTo(0));
        given().contentType("application/x-ndjson").body(utf8(ndjson)).when().post("/articles/bulk")
                .then().statusCode(202).body("accepted", equalTo(0)).body("duplicates", equalTo(30));

        List<RawArticle> published = RawTopic.articles(a -> a.url() != null && a.url().contains(run), 31,
                Duration.ofSeconds(5));
        assertThat(published).hasSize(30);
    }
}
