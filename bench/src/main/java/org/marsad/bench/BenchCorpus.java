package org.marsad.bench;

import org.marsad.events.EventsJson;
import org.marsad.events.RawArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The articles the JMH benchmarks feed to a pipeline: an evenly spread sample of a development corpus in
 * {@code ../shared/data} (never copied into the project), so that outlets and topics are mixed rather than taken
 * from the head of the file.
 */
final class BenchCorpus {

    /** How far into a corpus the sample reaches: its head is ordered by outlet (ANT) or by topic (BBC). */
    private static final int READ_AT_MOST = 3_000;

    private BenchCorpus() {
    }

    /** {@code "ant"} (Arabic) or {@code "bbc"} (English). */
    static Path file(String corpus) {
        String name = switch (corpus) {
            case "ant" -> "ant-corpus-2018.jsonl.gz";
            case "bbc" -> "bbc-news-en.jsonl.gz";
            default -> throw new IllegalArgumentException("unknown corpus " + corpus + " (ant | bbc)");
        };
        return dataDir().resolve(name);
    }

    /** {@code size} articles spread evenly over the first {@value #READ_AT_MOST} of the corpus. */
    static List<RawArticle> sample(String corpus, int size) {
        Path file = file(corpus);
        if (!Files.exists(file)) {
            throw new IllegalStateException("corpus not found: " + file
                    + " (the benchmarks read ../shared/data; set -Dmarsad.data.dir to read it elsewhere)");
        }
        List<Map<String, Object>> rows;
        try {
            rows = CorpusReader.read(file, READ_AT_MOST, null, EventsJson.newMapper());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        int taken = Math.min(size, rows.size());
        List<RawArticle> articles = new ArrayList<>(taken);
        for (int i = 0; i < taken; i++) {
            Map<String, Object> row = rows.get((int) ((long) i * rows.size() / taken));
            articles.add(new RawArticle(RawArticle.SCHEMA_VERSION, corpus + "-" + i, null, null,
                    (String) row.get("outlet"), null, null, (String) row.get("title"), (String) row.get("body"),
                    null, null, publishedAt(row), Instant.parse("2026-01-01T00:00:00Z"), "replay"));
        }
        return List.copyOf(articles);
    }

    /** The text a reference pipeline reads: what Marsad's enrichment reads too (title, blank line, body). */
    static String text(RawArticle article) {
        return article.title() + "\n\n" + article.body();
    }

    private static Instant publishedAt(Map<String, Object> row) {
        Object published = row.get("publishedAt");
        return published == null ? null : Instant.parse((String) published);
    }

    private static Path dataDir() {
        String explicit = System.getProperty("marsad.data.dir");
        if (explicit != null) {
            return Path.of(explicit);
        }
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        return projectDir.resolveSibling("shared").resolve("data");
    }
}
