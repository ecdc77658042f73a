package org.marsad.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.bench.CorpusReader;
import org.marsad.events.RawArticle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Finds the gold articles' texts in the corpora ({@code <data>/<corpus>.jsonl.gz}), read in place: the gold set
 * itself holds ids only. Each text becomes the {@link RawArticle} that ingest would publish (title, body, the
 * corpus language as hint, the publication date when it parses).
 */
public final class GoldTexts {

    private GoldTexts() {
    }

    /** Raw articles by gold id; fails naming the first id that is not in its corpus. */
    public static Map<String, RawArticle> load(Path dataDir, List<GoldArticle> gold) throws IOException {
        Map<String, Set<String>> idsByCorpus = gold.stream().collect(Collectors.groupingBy(GoldArticle::corpus,
                Collectors.mapping(GoldArticle::id, Collectors.toSet())));
        ObjectMapper json = new ObjectMapper();
        Map<String, RawArticle> texts = new HashMap<>();
        for (Map.Entry<String, Set<String>> corpus : idsByCorpus.entrySet()) {
            Path file = dataDir.resolve(corpus.getKey() + ".jsonl.gz");
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    JsonNode row = json.readTree(line);
                    String id = row.path("id").asText();
                    if (corpus.getValue().contains(id)) {
                        texts.put(id, toRaw(row));
                    }
                }
            }
        }
        for (GoldArticle article : gold) {
            if (!texts.containsKey(article.id())) {
                throw new IllegalStateException("gold article " + article.id() + " not found in " + article.corpus());
            }
        }
        return texts;
    }

    private static RawArticle toRaw(JsonNode row) {
        String published = CorpusReader.parseDate(row.path("published").asText(null));
        return new RawArticle(RawArticle.SCHEMA_VERSION, row.path("id").asText(), null, null,
                row.path("outlet").asText(), null, null, row.path("title").asText(""), row.path("body").asText(""),
                null, row.path("language").asText(null), published == null ? null : Instant.parse(published), Instant.now(),
                "eval");
    }
}
