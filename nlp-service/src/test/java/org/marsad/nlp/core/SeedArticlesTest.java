package org.marsad.nlp.core;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.Enrichment;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;
import org.marsad.events.RawArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The two reference reports in {@code shared/seeds} (read in place, never copied into the project): what a reader
 * finds in them, the pipeline must find. Skipped where the seeds are not present.
 */
class SeedArticlesTest {

    private static Path seeds;

    @BeforeAll
    static void locate() {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".."));
        seeds = Stream.of(projectDir.resolve("../shared/seeds"), projectDir.resolve("../../shared/seeds"),
                        Path.of("../../shared/seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
    }

    private static Enrichment enrich(String prefix) throws IOException {
        assumeTrue(seeds != null, "shared/seeds not present: skipping");
        Path file;
        try (Stream<Path> files = Files.list(seeds)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        String content = Files.readString(file).strip();
        int firstLineEnd = content.indexOf('\n');
        RawArticle article = new RawArticle(1, prefix, null, null, "seed", null, null,
                content.substring(0, firstLineEnd), content.substring(firstLineEnd + 1), null, null, null,
                Instant.parse("2021-09-14T12:00:00Z"), "replay");
        Enrichment e = NlpFixtures.pipeline().enrich(article);
        EnrichmentPipelineTest.assertOffsetsPointIntoCleanText(e);
        return e;
    }

    @Test
    void oppositionReport() throws IOException {
        assertCommonFindings(enrich("000_"));
    }

    @Test
    void stateAgencyReport() throws IOException {
        Enrichment e = enrich("002_");
        assertCommonFindings(e);
        assertThat(e.cleanText()).contains("فيصل المقداد").contains("قراهم").doesNotContain("قراهem")
                .doesNotContain("\u0E34");
        assertThat(e.repairs()).extracting(r -> r.original()).contains("\u0E34", "em", "\u06CC");
        assertThat(entity(e, "per:faisal-mekdad").mentions()).extracting(Mention::text).contains("فيصل المقداد");
    }

    private static void assertCommonFindings(Enrichment e) {
        assertThat(e.language()).isEqualTo("ar");
        assertThat(e.summary()).isNotBlank();
        List<Entity> persons = e.entities().stream().filter(x -> x.type() == EntityType.PERSON).toList();
        assertThat(persons.stream().filter(p -> p.name().equals("بشار الأسد"))).hasSize(1);
        assertThat(persons.stream().filter(p -> p.name().equals("فلاديمير بوتين"))).hasSize(1);
        Entity assad = entity(e, "per:bashar-al-assad");
        assertThat(assad.mentions()).extracting(Mention::text).contains("الأسد");
        assertThat(persons).noneMatch(p -> p.name().equals("الأسد"));
        assertThat(entity(e, "loc:moscow").name()).isEqualTo("موسكو");
        assertThat(entity(e, "loc:SY").name()).isEqualTo("سوريا");
        assertThat(entity(e, "loc:RU").name()).isEqualTo("روسيا");
        assertThat(e.entities().stream().filter(x -> x.name().equals("سوريا") || x.name().equals("سورية")))
                .hasSize(1);
    }

    private static Entity entity(Enrichment e, String id) {
        return e.entities().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found in " + e.entities().stream()
                        .map(Entity::id).toList()));
    }
}
