package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.ingest.feed.FeedDocumentParser;
import org.marsad.ingest.feed.FeedException;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Feed parsing throughput on one thread: {@code ./marsad bench-parse [N] [--corpus FILE] [--per-feed ITEMS]}.
 * Builds feed documents in memory from N corpus articles (RSS 2.0, Atom 1.0, JSON Feed 1.1, and a "messy" RSS as
 * real feeds are: undeclared windows-1256, HTML entities, no closing root), then parses each set with the
 * ingest-service's {@link FeedDocumentParser} (two warm-up passes, three timed) and reports items per second of
 * the thread's CPU time, i.e. per core (the wall clock too: it differs when the machine is busy). Nothing
 * generated is written to disk.
 */
public final class ParseThroughput {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH);
    private static final int WARMUP = 2;
    private static final int TIMED = 3;

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        Path corpus = projectDir.resolve("../shared/data/ant-corpus-2018.jsonl.gz").normalize();
        int n = 5_000;
        int perFeed = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--per-feed" -> perFeed = Integer.parseInt(args[++i]);
                default -> n = Integer.parseInt(args[i]);
            }
        }
        if (!Files.exists(corpus)) {
            System.err.println("corpus not found: " + corpus + " (the benchmark reads ../shared/data)");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> articles = CorpusReader.read(corpus, n, null, json);
        System.out.printf("parse benchmark: %,d articles of %s, %d items per feed, one thread%n", articles.size(),
                corpus.getFileName(), perFeed);

        Map<String, Function<List<Map<String, Object>>, byte[]>> formats = new LinkedHashMap<>();
        formats.put("RSS 2.0 (UTF-8)", ParseThroughput::rss);
        formats.put("Atom 1.0", ParseThroughput::atom);
        formats.put("JSON Feed 1.1", items -> jsonFeed(items, json));
        formats.put("messy RSS (undeclared windows-1256, &nbsp;, unclosed root)", ParseThroughput::messyRss);

        FeedDocumentParser parser = new FeedDocumentParser(Integer.MAX_VALUE);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.println("\n| format | feeds | items | MB | **items per core-second** | MB per core-second "
                + "| items/s (wall) |\n|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Function<List<Map<String, Object>>, byte[]>> format : formats.entrySet()) {
            List<byte[]> documents = new ArrayList<>();
            for (int from = 0; from < articles.size(); from += perFeed) {
                documents.add(format.getValue().apply(articles.subList(from, Math.min(articles.size(), from + perFeed))));
            }
            long bytes = documents.stream().mapToLong(d -> d.length).sum();
            long items = 0;
            for (int pass = 0; pass < WARMUP; pass++) {
                items = parseAll(parser, documents);
            }
            long started = System.nanoTime();
            long cpuStarted = cpu.getCurrentThreadCpuTime();
            for (int pass = 0; pass < TIMED; pass++) {
                parseAll(parser, documents);
            }
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e9 / TIMED;
            double wallSeconds = (System.nanoTime() - started) / 1e9 / TIMED;
            System.out.printf("| %s | %,d | %,d | %.1f | **%,.0f** | %.1f | %,.0f |%n", format.getKey(),
                    documents.size(), items, bytes / 1e6, items / cpuSeconds, bytes / 1e6 / cpuSeconds,
                    items / wallSeconds);
        }
    }

    private static long parseAll(FeedDocumentParser parser, List<byte[]> documents) throws FeedException {
        long items = 0;
        for (byte[] document : documents) {
            items += parser.parse(document, null).items().size();
        }
        return items;
    }

    private static byte[] rss(List<Map<String, Object>> items) {
        return rssText(items, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", true, false)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** As real feeds are: no charset anywhere, HTML entities XML does not know, and the end cut off. */
    private static byte[] messyRss(List<Map<String, Object>> items) {
        return rssText(items, "", false, true).getBytes(Charset.forName("windows-1256"));
    }

    private static String rssText(List<Map<String, Object>> items, String declaration, boolean closed, boolean nbsp) {
        StringBuilder out = new StringBuilder(declaration)
                .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>")
                .append("<title>Bench</title><link>https://bench.example.org/</link><description>d</description>\n");
        for (Map<String, Object> item : items) {
            String body = escape(text(item, "body"));
            out.append("<item><title>").append(escape(text(item, "title"))).append("</title><link>")
                    .append(escape(text(item, "url"))).append("</link><guid isPermaLink=\"false\">")
                    .append(Integer.toHexString(item.hashCode())).append("</guid>");
            if (item.get("publishedAt") != null) {
                out.append("<pubDate>").append(RFC_1123.format(Instant.parse(text(item, "publishedAt"))
                        .atOffset(ZoneOffset.UTC))).append("</pubDate>");
            }
            out.append("<description>").append(nbsp ? body.replace(". ", ".&nbsp;") : body)
                    .append("</description></item>\n");
        }
        return out.append(closed ? "</channel></rss>\n" : "</channel>\n").toString();
    }

    private static byte[] atom(List<Map<String, Object>> items) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Bench</title><id>urn:bench</id>")
                .append("<updated>2018-01-01T00:00:00Z</updated>\n");
        for (Map<String, Object> item : items) {
            out.append("<entry><title>").append(escape(text(item, "title"))).append("</title><link href=\"")
                    .append(escape(text(item, "url"))).append("\"/><id>urn:bench:").append(item.hashCode())
                    .append("</id><updated>")
                    .append(item.get("publishedAt") != null ? text(item, "publishedAt") : "2018-01-01T00:00:00Z")
                    .append("</updated><content type=\"html\">").append(escape("<p>" + text(item, "body") + "</p>"))
                    .append("</content></entry>\n");
        }
        return out.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jsonFeed(List<Map<String, Object>> items, ObjectMapper json) {
        ObjectNode feed = json.createObjectNode()
                .put("version", "https://jsonfeed.org/version/1.1").put("title", "Bench");
        ArrayNode array = feed.putArray("items");
        for (Map<String, Object> item : items) {
            ObjectNode entry = array.addObject().put("id", Integer.toHexString(item.hashCode()))
                    .put("url", text(item, "url")).put("title", text(item, "title"))
                    .put("content_text", text(item, "body"));
            if (item.get("publishedAt") != null) {
                entry.put("date_published", text(item, "publishedAt"));
            }
        }
        try {
            return json.writeValueAsBytes(feed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Map<String, Object> item, String field) {
        Object value = item.get(field);
        return value == null ? "" : value.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
