package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the development corpora ({@code ../shared/data/*.jsonl.gz}: id, outlet, language, url, title, published,
 * body) as articles in the shape of {@code POST /api/v1/articles}.
 */
public final class CorpusReader {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CorpusReader() {
    }

    /**
     * The first {@code limit} articles with a body. {@code runTag}, when not null, is added to each URL as a query
     * parameter so that a repeated benchmark run is not taken for duplicates.
     */
    static List<Map<String, Object>> read(Path corpus, int limit, String runTag, ObjectMapper json) throws IOException {
        List<Map<String, Object>> articles = new ArrayList<>();
        try (InputStream in = open(corpus);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while (articles.size() < limit && (line = lines.readLine()) != null) {
                Map<String, Object> article = submission(json.readTree(line), runTag);
                if (article != null) {
                    articles.add(article);
                }
            }
        }
        return articles;
    }

    /**
     * One corpus row as a {@code POST /api/v1/articles} body, or null when it has no body. {@code runTag}, when not
     * null, is added to the URL (see {@link #read}); without it the article keeps its id across runs.
     */
    static Map<String, Object> submission(JsonNode row, String runTag) {
        String body = row.path("body").asText("");
        if (body.isBlank()) {
            return null;
        }
        Map<String, Object> article = new LinkedHashMap<>();
        String url = row.path("url").asText("");
        if (!url.isBlank()) {
            article.put("url", runTag == null ? url : url + (url.contains("?") ? "&" : "?") + "marsad-run=" + runTag);
        }
        article.put("outlet", row.path("outlet").asText("unknown"));
        article.put("title", row.path("title").asText(""));
        article.put("body", body);
        String language = row.path("language").asText("");
        if (language.length() == 2) {
            article.put("language", language);
        }
        String published = parseDate(row.path("published").asText(null));
        if (published != null) {
            article.put("publishedAt", published);
        }
        return article;
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** RFC 1123 or "yyyy-MM-dd HH:mm:ss" (taken as UTC); anything else is left out, never invented. */
    public static String parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH))
                    .toInstant().toString();
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return LocalDateTime.parse(text.strip(), LOCAL).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
