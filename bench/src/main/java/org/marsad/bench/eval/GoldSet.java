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
 * and annotations only, never texts. Tune on {@code dev}; report on {@code test}. The entity tagger's training
 * annotations ({@code train.jsonl}, other articles, same format) are read here too.
 */
public final class GoldSet {

    public static final List<String> SPLITS = List.of("dev", "test");
    public static final String TRAINING = "eval/entities/train.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private GoldSet() {
    }

    /** The articles of one split, in file order. */
    public static List<GoldArticle> load(String split) {
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("unknown split '" + split + "' (dev or test)");
        }
        return read("eval/entities/" + split + ".jsonl");
    }

    /** The training annotations of the entity tagger: articles outside dev and test. */
    public static List<GoldArticle> loadTraining() {
        return read(TRAINING);
    }

    private static List<GoldArticle> read(String resource) {
        InputStream in = GoldSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gold set not on the classpath: " + resource);
        }
        return read(resource, in);
    }

    /** Reads annotations in the gold set's format, one article a line; {@code name} is for error messages. */
    public static List<GoldArticle> read(String name, InputStream in) {
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
                        throw new IllegalStateException(name + " line " + number + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
