package org.marsad.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two seed reports (../shared/seeds, never copied into the project) go through the running system and come
 * back understood: Arabic, with their main people and places, a summary, and both found by a search for بوتين.
 * Skipped, with a message, where ../shared is absent.
 */
class SeedArticlesIT {

    private static Api api;
    private static Path seeds;

    @BeforeAll
    static void locateSeeds() {
        seeds = RunningStack.projectDir().resolveSibling("shared").resolve("seeds");
    }

    @Test
    void bothSeedsComeBackInArabicWithTheirPeoplePlacesAndSummary() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(seeds), "shared/seeds not present beside the project: skipping");
        api = new Api(RunningStack.get().gatewayUrl());
        String opposition = submitSeed("000_26e1d7dc4e3b0432.txt", "Opposition outlet", null);
        String sana = submitSeed("002_e65a6cdbf097e999.txt", "SANA", "2021-09-14T12:00:00Z");

        for (String id : List.of(opposition, sana)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> api.get("/api/v1/articles/" + id).status() == 200);
            JsonNode article = api.get("/api/v1/articles/" + id).json();
            assertThat(article.path("language").asText()).isEqualTo("ar");
            assertThat(article.path("summary").asText()).isNotBlank();
            assertThat(MarsadEndToEndIT.entityNames(article))
                    .contains("بشار الأسد", "فلاديمير بوتين", "موسكو", "روسيا")
                    .containsAnyOf("سوريا", "سورية");
        }

        JsonNode found = api.get("/api/v1/articles?q=" + Api.encode("بوتين") + "&limit=100").json().path("items");
        assertThat(MarsadEndToEndIT.ids(found)).contains(opposition, sana);
    }

    /** First non-blank line as the title, the rest as the body. */
    private static String submitSeed(String file, String outlet, String publishedAt) throws IOException {
        List<String> lines = Files.readAllLines(seeds.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("url", "https://seeds.example/" + file);
        article.put("outlet", outlet);
        article.put("title", lines.get(0).strip());
        article.put("body", String.join("\n\n", lines.subList(1, lines.size())));
        if (publishedAt != null) {
            article.put("publishedAt", publishedAt);
        }
        Api.Reply reply = api.postJson("/api/v1/articles", article);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json().path("id").asText();
    }
}
