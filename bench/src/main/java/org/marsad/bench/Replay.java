package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.localstack.Component;
import org.marsad.localstack.StateFile;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./marsad replay FILE.jsonl[.gz]}: streams a corpus in the format of {@code ../shared/data} through the
 * running stack's bulk ingest path (the gateway's {@code POST /api/v1/articles/bulk}), with a progress line and a
 * summary. Ids come from the articles' URLs, so a rerun publishes nothing twice (ingest answers "duplicate"); a
 * checkpoint under {@code .marsad/replay/} also lets a rerun skip what was already acknowledged.
 * Options: {@code --gateway URL}, {@code --batch SIZE} (500), {@code --limit LINES}, {@code --from-start}.
 */
public final class Replay {

    private static final int MAX_ATTEMPTS = 6;
    private static final int MAX_REJECTIONS_SHOWN = 5;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String apiKey = firstKey(System.getenv("MARSAD_API_KEYS"));

    private long accepted;
    private long duplicates;
    private long rejected;
    private long skipped;
    private final List<String> rejections = new ArrayList<>();

    private Replay(String gateway) {
        this.gateway = gateway;
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        System.exit(execute(args, projectDir));
    }

    /** Runs a replay; returns the exit status (0 done, 2 bad arguments, 3 no running stack). */
    static int execute(String[] args, Path projectDir) throws IOException {
        Path file = null;
        String gateway = null;
        int batch = 500;
        long limit = Long.MAX_VALUE;
        boolean fromStart = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gateway" -> gateway = args[++i];
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Long.parseLong(args[++i]);
                case "--from-start" -> fromStart = true;
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null || !Files.isRegularFile(file)) {
            System.err.println(file == null ? "usage: ./marsad replay FILE.jsonl[.gz] [--gateway URL] [--batch SIZE] "
                    + "[--limit LINES] [--from-start]" : "no such file: " + file);
            return 2;
        }
        if (gateway == null) {
            gateway = new StateFile(projectDir.resolve(".marsad")).read()
                    .map(StateFile.State::components).orElse(List.of()).stream()
                    .filter(c -> c.name().equals("api-gateway")).map(Component::address).findFirst().orElse(null);
        }
        if (gateway == null) {
            System.err.println("Marsad is not running: start it with ./marsad up -d (or pass --gateway URL)");
            return 3;
        }
        ReplayCheckpoint checkpoint = ReplayCheckpoint.of(projectDir.resolve(".marsad").resolve("replay"), file);
        if (fromStart) {
            checkpoint.clear();
        }
        return new Replay(gateway).run(file, batch, limit, checkpoint);
    }

    private int run(Path file, int batchSize, long limit, ReplayCheckpoint checkpoint) throws IOException {
        long total = Math.min(countLines(file), limit);
        long resumeAfter = Math.min(checkpoint.linesDone(), total);
        System.out.printf("replay: %s, %,d lines, to %s%n", file.getFileName(), total, gateway);
        if (resumeAfter > 0) {
            System.out.printf("replay: resuming after line %,d (checkpoint; --from-start to send everything again)%n",
                    resumeAfter);
        }
        Progress progress = new Progress(total, resumeAfter);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (checkpoint.linesDone() < total) {
                System.out.printf("%nreplay: stopped after line %,d; run the same command again to resume%n",
                        checkpoint.linesDone());
            }
        }));
        long line = 0;
        List<Map<String, Object>> batch = new ArrayList<>(batchSize);
        try (InputStream in = CorpusReader.open(file);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String text;
            while (line < total && (text = lines.readLine()) != null) {
                line++;
                if (line <= resumeAfter) {
                    continue;
                }
                Map<String, Object> article = article(text, line);
                if (article == null) {
                    skipped++;
                } else {
                    batch.add(article);
                }
                if (batch.size() >= batchSize) {
                    send(batch, line, checkpoint);
                    progress.show(line, accepted + duplicates);
                }
            }
        }
        send(batch, line, checkpoint);
        progress.show(line, accepted + duplicates);
        progress.finish();
        Duration elapsed = progress.elapsed();
        long sent = accepted + duplicates + rejected;
        System.out.printf("replay: done in %s: %,d lines read, %,d articles sent: %,d accepted, %,d duplicates "
                        + "(already there), %,d rejected; %,d lines without a body skipped; %,.0f articles/s%n",
                Progress.clock(elapsed), line - resumeAfter, sent, accepted, duplicates, rejected, skipped,
                sent / Math.max(0.001, elapsed.toMillis() / 1000.0));
        rejections.forEach(r -> System.out.println("replay:   rejected " + r));
        return 0;
    }

    /** A corpus row as an article, or null when it has none (no body, or not JSON: counted as skipped). */
    private Map<String, Object> article(String text, long line) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return CorpusReader.submission(json.readTree(text), null);
        } catch (IOException e) {
            note("line " + line + ": not JSON");
            return null;
        }
    }

    /** Sends one batch, retrying while the stack is unavailable, then records the checkpoint. */
    private void send(List<Map<String, Object>> batch, long lastLine, ReplayCheckpoint checkpoint) throws IOException {
        if (batch.isEmpty()) {
            checkpoint.save(lastLine);
            return;
        }
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        for (Map<String, Object> article : batch) {
            ndjson.write(json.writeValueAsBytes(article));
            ndjson.write('\n');
        }
        JsonNode result = post(ndjson.toByteArray());
        accepted += result.path("accepted").asLong();
        duplicates += result.path("duplicates").asLong();
        for (JsonNode rejection : result.path("rejected")) {
            rejected++;
            note("batch line " + rejection.path("line").asText() + ": " + rejection.path("error").asText());
        }
        batch.clear();
        checkpoint.save(lastLine);
    }

    private JsonNode post(byte[] ndjson) throws IOException {
        IOException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/articles/bulk"))
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson));
            if (apiKey != null) {
                request.header("X-API-Key", apiKey);
            }
            try {
                HttpResponse<String> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 202) {
                    return json.readTree(response.body());
                }
                last = new IOException("HTTP " + response.statusCode() + ": " + response.body());
                if (response.statusCode() < 500) {
                    throw last;
                }
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            sleep(Duration.ofSeconds(1L << attempt));
        }
        throw new IOException("the stack did not accept a batch after " + MAX_ATTEMPTS + " attempts: "
                + (last == null ? "" : last.getMessage()), last);
    }

    private void note(String rejection) {
        if (rejections.size() < MAX_REJECTIONS_SHOWN) {
            rejections.add(rejection);
        }
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        boolean pending = false;
        try (InputStream in = CorpusReader.open(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        }
        return pending ? lines + 1 : lines;
    }

    private static void sleep(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String firstKey(String keys) {
        if (keys == null || keys.isBlank()) {
            return null;
        }
        return keys.split(",")[0].strip();
    }

    /** The progress line: lines done, percent, articles/s, ETA; rewritten in place on a terminal. */
    static final class Progress {

        private final long total;
        private final long startLine;
        private final long started = System.nanoTime();
        private final boolean terminal = System.console() != null;
        private long lastShown;

        Progress(long total, long startLine) {
            this.total = total;
            this.startLine = startLine;
        }

        void show(long line, long articles) {
            long now = System.nanoTime();
            if (now - lastShown < 1_000_000_000L && line < total) {
                return;
            }
            lastShown = now;
            System.out.print((terminal ? "\r" : "") + line(line, articles, elapsed()) + (terminal ? "" : "\n"));
            System.out.flush();
        }

        String line(long line, long articles, Duration elapsed) {
            double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
            double linesPerSecond = (line - startLine) / seconds;
            long remaining = total - line;
            String eta = linesPerSecond > 0 ? clock(Duration.ofSeconds(Math.round(remaining / linesPerSecond))) : "?";
            return String.format("replay: %,d / %,d lines (%.1f %%), %,.0f articles/s, ETA %s   ", line, total,
                    total == 0 ? 100.0 : 100.0 * line / total, articles / seconds, eta);
        }

        void finish() {
            if (terminal) {
                System.out.println();
            }
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }

        static String clock(Duration d) {
            long s = d.toSeconds();
            return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format("%d:%02d", s / 60, s % 60);
        }
    }
}
