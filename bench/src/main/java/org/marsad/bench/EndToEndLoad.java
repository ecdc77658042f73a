package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.events.EventsJson;
import org.marsad.localstack.Component;
import org.marsad.localstack.StateFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * End-to-end load: bulk-submits N real articles from the ANT corpus through the gateway of a running stack and
 * measures articles/s until all are stored, with the resident memory of every process. Usage:
 * {@code ./marsad bench [N] [--corpus FILE] [--batch SIZE] [--gateway URL]}.
 */
public final class EndToEndLoad {

    private static final Duration STORE_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = EventsJson.newMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String apiKey = System.getenv("MARSAD_API_KEYS") == null ? null
            : System.getenv("MARSAD_API_KEYS").split(",")[0].strip();

    private EndToEndLoad(String gateway) {
        this.gateway = gateway;
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        int n = 5000;
        int batch = 500;
        Path corpus = projectDir.resolveSibling("shared").resolve("data").resolve("ant-corpus-2018.jsonl.gz");
        String gateway = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--gateway" -> gateway = args[++i];
                default -> n = Integer.parseInt(args[i]);
            }
        }
        if (!Files.exists(corpus)) {
            System.err.println("corpus not found: " + corpus + " (the benchmark reads ../shared/data)");
            System.exit(2);
        }
        List<Component> components = new StateFile(projectDir.resolve(".marsad")).read()
                .map(StateFile.State::components).orElse(List.of());
        if (gateway == null) {
            gateway = components.stream().filter(c -> c.name().equals("api-gateway")).map(Component::address)
                    .findFirst().orElse(null);
        }
        if (gateway == null) {
            System.err.println("Marsad is not running: start it with ./marsad up -d (or pass --gateway URL)");
            System.exit(2);
        }
        new EndToEndLoad(gateway).run(corpus, n, batch, components, projectDir.resolve(".marsad").resolve("bench"));
    }

    private void run(Path corpus, int n, int batch, List<Component> components, Path reportDir) throws Exception {
        String runTag = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> articles = CorpusReader.read(corpus, n, runTag, json);
        System.out.printf("read %,d articles from %s (run %s)%n", articles.size(), corpus.getFileName(), runTag);
        long storedBefore = storedArticles();
        MemorySampler memory = MemorySampler.start(components);
        Map<String, Double> cpuBefore = cpuSeconds(components);

        Instant start = Instant.now();
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        for (int from = 0; from < articles.size(); from += batch) {
            JsonNode reply = postBulk(articles.subList(from, Math.min(articles.size(), from + batch)));
            accepted += reply.path("accepted").asInt();
            duplicates += reply.path("duplicates").asInt();
            rejected += reply.path("rejected").size();
        }
        Duration submitting = Duration.between(start, Instant.now());
        System.out.printf("submitted in %.1f s: %,d accepted, %,d duplicates in the corpus, %,d rejected%n",
                seconds(submitting), accepted, duplicates, rejected);

        long target = storedBefore + accepted;
        Instant deadline = Instant.now().plus(STORE_TIMEOUT);
        long stored = storedArticles();
        long lastCount = stored;
        Instant lastProgress = Instant.now();
        Instant lastStored = Instant.now();
        // Stop at the target, or once nothing more arrives for a while (the rest went to articles.dlq).
        while (stored < target && Instant.now().isBefore(deadline)
                && Duration.between(lastProgress, Instant.now()).compareTo(STALL_TIMEOUT) < 0) {
            // Once a second: /stats counts the whole store, and polling it faster loaded the system being measured
            // (about a tenth of PostgreSQL's time at four polls a second).
            Thread.sleep(1000);
            stored = storedArticles();
            if (stored > lastCount) {
                lastCount = stored;
                lastProgress = Instant.now();
                lastStored = lastProgress;
            }
        }
        Duration total = Duration.between(start, stored >= target ? Instant.now() : lastStored);
        Map<String, Long> peakRss = memory.stop();
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpuSeconds(components).forEach((name, seconds) -> cpu.put(name, seconds - cpuBefore.getOrDefault(name, 0.0)));

        String report = report(corpus, articles.size(), accepted, duplicates, rejected, submitting, total,
                stored - storedBefore, peakRss, cpu);
        System.out.println(report);
        Files.createDirectories(reportDir);
        Path file = reportDir.resolve("e2e-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, report);
        System.out.println("report written to " + file);
        if (stored < target) {
            System.err.printf("%,d accepted articles were not stored: see articles.dlq and ./marsad logs nlp-service%n",
                    target - stored);
            System.exit(1);
        }
    }

    private String report(Path corpus, int read, int accepted, int duplicates, int rejected, Duration submitting,
                          Duration total, long stored, Map<String, Long> peakRss, Map<String, Double> cpu) {
        StringBuilder out = new StringBuilder();
        out.append("## End-to-end load: ").append(corpus.getFileName()).append('\n');
        out.append(String.format("- articles read %,d; accepted %,d; duplicates %,d; rejected %,d; stored %,d%n",
                read, accepted, duplicates, rejected, stored));
        out.append(String.format("- submit (gateway -> ingest -> Kafka): %.1f s, %,.0f articles/s%n",
                seconds(submitting), accepted / seconds(submitting)));
        out.append(String.format("- end to end (submit -> enriched -> stored): %.1f s, **%,.0f articles/s**%n",
                seconds(total), stored / seconds(total)));
        if (stored < accepted) {
            out.append(String.format("- **%,d accepted articles were not stored** (dead-lettered: see articles.dlq)%n",
                    accepted - stored));
        }
        out.append(String.format("- machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        double cpuTotal = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        if (cpuTotal > 0 && stored > 0) {
            // Independent of whatever else the machine ran at the time: what the stack itself spent per article.
            out.append(String.format("- CPU used by the stack: %.1f s, %.1f ms per article; on %d cores given to"
                            + " Marsad alone that is at most %,.0f articles/s%n", cpuTotal, 1000 * cpuTotal / stored,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * stored / cpuTotal));
        }
        out.append("\n| process | peak RSS (MiB) | CPU s | CPU ms per article |\n|---|---|---|---|\n");
        peakRss.forEach((name, mib) -> out.append(String.format("| %s | %d | %.1f | %.2f |%n", name, mib,
                cpu.getOrDefault(name, 0.0), 1000 * cpu.getOrDefault(name, 0.0) / Math.max(1, stored))));
        return out.toString();
    }

    private JsonNode postBulk(List<Map<String, Object>> articles) throws IOException, InterruptedException {
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        for (Map<String, Object> article : articles) {
            ndjson.write(json.writeValueAsBytes(article));
            ndjson.write('\n');
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/articles/bulk"))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson.toByteArray()));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 202) {
            throw new IOException("bulk submit failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    private long storedArticles() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/stats"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("articles").asLong();
    }

    /** CPU seconds so far of every stack process (the demo feed is served by the launcher: left out). */
    private static Map<String, Double> cpuSeconds(List<Component> components) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        components.stream().filter(c -> c.pid() > 0 && !c.name().equals("demo-feed"))
                .forEach(c -> cpu.put(c.name(), ProcessCpu.cpuSeconds(c.pid())));
        return cpu;
    }

    private static double seconds(Duration d) {
        return Math.max(0.001, d.toMillis() / 1000.0);
    }

    /** Samples every process's RSS once a second and keeps the peak. */
    private static final class MemorySampler {
        private final Map<String, Long> peak = new LinkedHashMap<>();
        private final List<Component> components;
        private final Thread thread;
        private volatile boolean running = true;

        private MemorySampler(List<Component> components) {
            this.components = new ArrayList<>(components.stream().filter(c -> c.pid() > 0).toList());
            this.thread = new Thread(this::loop, "rss-sampler");
            this.thread.setDaemon(true);
        }

        static MemorySampler start(List<Component> components) {
            MemorySampler sampler = new MemorySampler(components);
            sampler.sample();
            sampler.thread.start();
            return sampler;
        }

        private void loop() {
            while (running) {
                sample();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private synchronized void sample() {
            for (Component c : components) {
                if (c.name().equals("demo-feed")) {
                    continue; // served by the launcher itself
                }
                peak.merge(c.name(), ProcessMemory.residentMiB(c.pid()), Math::max);
            }
        }

        synchronized Map<String, Long> stop() {
            running = false;
            thread.interrupt();
            sample();
            return new LinkedHashMap<>(peak);
        }
    }
}
