package org.marsad.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Draws the gold set's articles: a seeded random sample per stratum (corpus + outlet, or BBC category), among
 * articles of a readable length, then alternates dev/test inside each stratum so both halves have the same
 * outlets. Prints {@code split corpus id outlet} lines; the annotations are written by hand from them. Usage:
 * {@code java ... GoldSampler [DATA_DIR]}. See docs/eval.md, "How the articles were drawn".
 */
public final class GoldSampler {

    static final long SEED = 3; // issue 3

    /** One stratum: the corpus, the field that names it (outlet or category), its value, how many to draw. */
    record Stratum(String corpus, String field, String value, int count, int minChars, int maxChars) {
    }

    static final List<Stratum> STRATA = List.of(
            ant("Al Arabiya"), ant("BBC Arabic"), ant("CNN Arabic"), ant("France 24 Arabic"), ant("Sky News Arabia"),
            // the ten largest SaudiNewsNet sources, two articles each
            snn("alriyadh"), snn("aljazirah"), snn("alyaum"), snn("aleqtisadiya"), snn("aawsat"),
            snn("okaz"), snn("alwatan"), snn("almadina"), snn("alweeam"), snn("3alyoum"),
            bbc("business", 6), bbc("politics", 6), bbc("tech", 4), bbc("sport", 4), bbc("entertainment", 4));

    private static Stratum ant(String outlet) {
        return new Stratum("ant-corpus-2018", "outlet", outlet, 6, 400, 2500);
    }

    private static Stratum snn(String outlet) {
        return new Stratum("saudinewsnet-2015", "outlet", outlet, 2, 400, 2500);
    }

    private static Stratum bbc(String category, int count) {
        return new Stratum("bbc-news-en", "category", category, count, 600, 2600);
    }

    private GoldSampler() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> corpora = new LinkedHashMap<>();
        for (Stratum s : STRATA) {
            List<JsonNode> rows = corpora.computeIfAbsent(s.corpus(), c -> readAll(data.resolve(c + ".jsonl.gz"), json));
            List<String> ids = new ArrayList<>();
            for (JsonNode row : rows) {
                int length = row.path("body").asText("").length();
                if (s.value().equals(row.path(s.field()).asText()) && length >= s.minChars() && length <= s.maxChars()) {
                    ids.add(row.path("id").asText());
                }
            }
            // A random of its own per stratum: adding a stratum never changes the others' draws.
            Collections.shuffle(ids, new Random(SEED * 31 + s.corpus().hashCode() * 17L + s.value().hashCode()));
            for (int i = 0; i < s.count(); i++) {
                System.out.printf("%s\t%s\t%s\t%s%n", i % 2 == 0 ? "dev" : "test", s.corpus(), ids.get(i), s.value());
            }
        }
    }

    private static List<JsonNode> readAll(Path file, ObjectMapper json) {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                rows.add(json.readTree(line));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return rows;
    }
}
