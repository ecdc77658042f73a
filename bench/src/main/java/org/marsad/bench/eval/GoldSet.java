package org.marsad.bench.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed gold set ({@code eval/entities/dev.jsonl} and {@code test.jsonl} on the classpath): article ids
 * and annotations only, never texts. Tune on {@code dev}; report on {@code test}.
 */
public final class GoldSet {

    public static final List<String> SPLITS = List.of("dev", "test");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private GoldSet() {
    }

    /** The articles of one split, in file order. */
    public static List<GoldArticle> load(String split) {
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("unknown split '" + split + "' (dev or test)");
        }
        String resource = "eval/entities/" + split + ".jsonl";
        InputStream in = GoldSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gold set not on the classpath: " + resource);
        }
        List<GoldArticle> articles = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    try {
                        articles.add(JSON.readValue(line, GoldArticle.class));
                    } catch (IOException e) {
                        throw new IllegalStateException(resource + " line " + number + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
