package org.marsad.ingest.service;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.RawTopic;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rough measure of the bulk endpoint's publish rate (upload, validate, publish, broker acks, seen rows);
 * prints it, and checks that every article arrived. Uses a plain HTTP client: REST Assured's own overhead on
 * a 20 MB body would dominate the measure.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class BulkThroughputTest {

    private static final int ARTICLES = 10_000;
    private static final String PARAGRAPH = "قال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل في جنيف "
            + "بمشاركة وفود من عدة دول، وأضاف أن الهدف هو التوصل إلى اتفاق شامل قبل نهاية العام. ";

    @TestHTTPResource("/articles/bulk")
    URI bulk;

    @Test
    void publishesTenThousandArticlesFromOneUpload() throws Exception {
        upload(ndjson(UUID.randomUUID().toString(), 1_000)); // warm-up: JIT, connections, metadata

        String run = UUID.randomUUID().toString();
        byte[] body = ndjson(run, ARTICLES);
        long started = System.nanoTime();
        HttpResponse<String> response = upload(body);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).startsWith("{\"accepted\":" + ARTICLES + ",");
        System.out.printf("BULK RATE: %d articles (%.1f MB) published and acknowledged in %.2f s = %.0f articles/s%n",
                ARTICLES, body.length / 1e6, seconds, ARTICLES / seconds);
        assertThat(RawTopic.articles(a -> a.url() != null && a.url().contains(run), ARTICLES, Duration.ofSeconds(60)))
                .hasSize(ARTICLES);
    }

    private HttpResponse<String> upload(byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(bulk)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] ndjson(String run, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"url\":\"https://bench.example.org/" + run + "/" + i + "\",\"outlet\":\"Bench\","
                        + "\"title\":\"خبر رقم " + i + "\",\"body\":\"" + PARAGRAPH.repeat(8) + i + "\",\"language\":\"ar\"}")
                .collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8);
    }
}
