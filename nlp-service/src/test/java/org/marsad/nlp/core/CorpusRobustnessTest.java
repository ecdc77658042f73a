package org.marsad.nlp.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.marsad.events.Enrichment;
import org.marsad.events.RawArticle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real news is messier than any fixture: the pipeline must enrich every article of the development corpora
 * without throwing, with offsets that point into its clean text. Reads {@code shared/data} in place (never
 * copied); skipped where it is absent. {@code -Dmarsad.corpus.articles=N} sets how many per corpus.
 */
class CorpusRobustnessTest {

    private static final int ARTICLES = Integer.getInteger("marsad.corpus.articles", 3000);

    @Test
    void enrichesRealArabicNewsWithoutFailing() throws IOException {
        assertNoFailures("ant-corpus-2018.jsonl.gz");
    }

    @Test
    void enrichesRealEnglishNewsWithoutFailing() throws IOException {
        assertNoFailures("bbc-news-en.jsonl.gz");
    }

    private static void assertNoFailures(String corpus) throws IOException {
        Path file = dataDir().map(d -> d.resolve(corpus)).filter(Files::exists).orElse(null);
        assumeTrue(file != null, "shared/data/" + corpus + " not present: skipping");
        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int seen = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while (seen < ARTICLES && (line = lines.readLine()) != null) {
                JsonNode row = json.readTree(line);
                RawArticle article = new RawArticle(1, row.path("id").asText(), null, null,
                        row.path("outlet").asText("x"), null, null, row.path("title").asText(""),
                        row.path("body").asText(""), null, null, null, Instant.parse("2018-05-01T00:00:00Z"), "replay");
                seen++;
                try {
                    Enrichment e = NlpFixtures.pipeline().enrich(article);
                    EnrichmentPipelineTest.assertOffsetsPointIntoCleanText(e);
                } catch (RuntimeException | AssertionError e) {
                    failures.add(row.path("id").asText() + ": " + e);
                }
            }
        }
        assertThat(failures).as("articles the pipeline failed on, of %d", seen).isEmpty();
    }

    private static java.util.Optional<Path> dataDir() {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".."));
        return Stream.of(projectDir.resolve("../shared/data"), Path.of("../../shared/data"))
                .filter(Files::isDirectory).findFirst();
    }
}
