package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Replay against a stand-in gateway that records what it is sent (rows are written by the test). */
class ReplayTest {

    @TempDir
    Path dir;
    private HttpServer gateway;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/api/v1/articles/bulk", exchange -> {
            String[] lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("\n");
            received.addAll(List.of(lines));
            byte[] answer = ("{\"accepted\":" + lines.length + ",\"duplicates\":0,\"rejected\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    private Path corpus(int rows) throws IOException {
        Path file = dir.resolve("corpus.jsonl.gz");
        try (Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8)) {
            for (int i = 1; i <= rows; i++) {
                String body = i % 10 == 0 ? "" : "Body of article " + i + ".";
                out.write("{\"id\":\"" + i + "\",\"outlet\":\"Test Outlet\",\"language\":\"en\","
                        + "\"url\":\"https://replay.example.org/a/" + i + "\",\"title\":\"Article " + i + "\","
                        + "\"published\":\"2018-02-0" + (1 + i % 9) + " 10:00:00\",\"body\":\"" + body + "\"}\n");
            }
        }
        return file;
    }

    private int replay(Path file, String... options) throws IOException {
        String[] args = new String[options.length + 3];
        args[0] = file.toString();
        args[1] = "--gateway";
        args[2] = "http://127.0.0.1:" + gateway.getAddress().getPort();
        System.arraycopy(options, 0, args, 3, options.length);
        return Replay.execute(args, dir);
    }

    @Test
    void sendsEachArticleInBatchesAndSkipsRowsWithoutBody() throws IOException {
        assertThat(replay(corpus(25), "--batch", "4")).isZero();

        assertThat(received).hasSize(23);
        var first = json.readTree(received.get(0));
        assertThat(first.path("url").asText()).isEqualTo("https://replay.example.org/a/1");
        assertThat(first.path("outlet").asText()).isEqualTo("Test Outlet");
        assertThat(first.path("language").asText()).isEqualTo("en");
        assertThat(first.path("publishedAt").asText()).isEqualTo("2018-02-02T10:00:00Z");
    }

    @Test
    void resumesAfterTheLastAcknowledgedLine() throws IOException {
        Path file = corpus(25);
        assertThat(replay(file, "--batch", "4", "--limit", "12")).isZero();
        assertThat(received).hasSize(11);

        assertThat(replay(file, "--batch", "4")).isZero();

        assertThat(received).hasSize(23).doesNotHaveDuplicates();
        assertThat(replay(file, "--batch", "4")).as("nothing left").isZero();
        assertThat(received).hasSize(23);
        assertThat(replay(file, "--batch", "4", "--from-start")).isZero();
        assertThat(received).hasSize(46);
    }

    @Test
    void showsCountRateAndEta() {
        String line = new Replay.Progress(1000, 0).line(250, 240, Duration.ofSeconds(10));
        assertThat(line).contains("250 / 1,000 lines (25.0 %)", "24 articles/s", "ETA 0:30");
    }
}
