package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.events.EventsJson;
import org.marsad.events.RawArticle;
import org.marsad.nlp.core.EnrichmentPipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The NLP core alone, on one thread: warm-up passes, then timed passes over N corpus articles, reported as
 * articles per CPU-second (per core) and wall-clock articles/s. Usage:
 * {@code ./marsad bench-nlp [N] [--corpus FILE] [--passes P]}. A first measure; the JMH benchmark with a
 * CoreNLP comparison is issue 3's.
 */
public final class NlpThroughput {

    private NlpThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        int n = 2000;
        int passes = 3;
        Path corpus = projectDir.resolveSibling("shared").resolve("data").resolve("ant-corpus-2018.jsonl.gz");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                default -> n = Integer.parseInt(args[i]);
            }
        }
        if (!Files.exists(corpus)) {
            System.err.println("corpus not found: " + corpus + " (the benchmark reads ../shared/data)");
            System.exit(2);
        }
        ObjectMapper json = EventsJson.newMapper();
        List<RawArticle> articles = new ArrayList<>();
        long chars = 0;
        for (Map<String, Object> a : CorpusReader.read(corpus, n, null, json)) {
            String body = (String) a.get("body");
            chars += body.length();
            articles.add(new RawArticle(1, Integer.toString(articles.size()), null, null, (String) a.get("outlet"),
                    null, null, (String) a.get("title"), body, null, null, null, Instant.now(), "replay"));
        }
        long started = System.nanoTime();
        EnrichmentPipeline pipeline = new EnrichmentPipeline();
        System.out.printf("pipeline built in %d ms; %,d articles, %,d body characters on average%n",
                (System.nanoTime() - started) / 1_000_000, articles.size(), chars / Math.max(1, articles.size()));

        for (int pass = 0; pass < 2; pass++) {
            articles.forEach(pipeline::enrich); // warm-up: let the JIT compile the hot paths
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            articles.forEach(pipeline::enrich);
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        long done = (long) articles.size() * passes;
        System.out.printf("## NLP core, one thread: %s%n", corpus.getFileName());
        System.out.printf("- %,d enrichments in %.1f s wall, %.1f s CPU%n", done, wallSeconds, cpuSeconds);
        System.out.printf("- **%,.0f articles per CPU-second (per core)**, %,.0f articles/s wall; %.2f ms per article%n",
                done / cpuSeconds, done / wallSeconds, 1000 * cpuSeconds / done);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("- heap in use after the run: %d MiB (max %d MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }
}
