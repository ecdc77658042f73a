package org.marsad.nlp.core;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.DateMention;
import org.marsad.events.Enrichment;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;
import org.marsad.events.Quote;
import org.marsad.events.RawArticle;
import org.marsad.events.Repair;

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
                content.substring(0, firstLineEnd), content.substring(firstLineEnd + 1), null, null,
                PUBLISHED, PUBLISHED, "replay");
        Enrichment e = NlpFixtures.pipeline().enrich(article);
        EnrichmentPipelineTest.assertOffsetsPointIntoCleanText(e);
        return e;
    }

    /** Both reports are of 14 September 2021 (SANA's dateline says so; the other says "yesterday, Monday"). */
    private static final Instant PUBLISHED = Instant.parse("2021-09-14T12:00:00Z");

    @Test
    void oppositionReport() throws IOException {
        Enrichment e = enrich("000_");
        assertCommonFindings(e);
        assertThat(ids(e)).contains("loc:IR", "loc:damascus", "loc:latakia", "loc:tartus", "loc:hmeimim", "org:sana",
                "misc:sputnik-v");
        assertThat(entity(e, "loc:astana").mentions()).extracting(Mention::text).contains("أستانا");
        // the typo رغن is repaired and recorded
        assertThat(e.cleanText()).contains("رغم وجود").doesNotContain("رغن");
        assertThat(e.repairs()).anySatisfy(r -> {
            assertThat(r.original()).isEqualTo("رغن");
            assertThat(r.replacement()).isEqualTo("رغم");
        });
        assertThat(e.dates()).anySatisfy(d -> {
            assertThat(d.text()).isEqualTo("أمس الإثنين");
            assertThat(d.value()).isEqualTo("2021-09-13");
        });
        assertThat(e.dates()).extracting(DateMention::value).contains("2011-03", "2015-10", "2018-05", "2020-01");
        // the speech in the second paragraph is SANA's, Putin's words are reported by "the Russian president"
        assertThat(e.quotes()).filteredOn(q -> "org:sana".equals(q.speaker().entityId())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(e.quotes()).filteredOn(q -> q.text().startsWith("يفعل الكثير")).singleElement()
                .extracting(q -> q.speaker().entityId()).isEqualTo("per:vladimir-putin");
    }

    @Test
    void stateAgencyReport() throws IOException {
        Enrichment e = enrich("002_");
        assertCommonFindings(e);
        assertThat(e.cleanText()).contains("فيصل المقداد").contains("قراهم").doesNotContain("قراهem")
                .doesNotContain("\u0E34").contains("سبوتنيك لايت").doesNotContain("سيبوتنيك");
        assertThat(e.repairs()).extracting(Repair::original).contains("\u0E34", "em", "\u06CC", "سيبوتنيك");
        e.repairs().forEach(r -> assertThat(e.cleanText().substring(r.start(), r.end())).isEqualTo(r.replacement()));
        assertThat(entity(e, "per:faisal-mekdad").mentions()).extracting(Mention::text).contains("فيصل المقداد");
        assertThat(ids(e)).contains("per:sergei-shoigu", "loc:geneva", "misc:sputnik-light");
        assertThat(entity(e, "loc:astana").mentions()).extracting(Mention::text).contains("أستانة");
        // the dateline موسكو-سانا gives both the place and the agency
        assertThat(entity(e, "loc:moscow").mentions()).extracting(Mention::text).contains("موسكو");
        assertThat(entity(e, "org:sana").mentions()).extracting(Mention::text).contains("سانا");
        // Assad's four statements in quotation marks, Putin's after a colon or reported
        List<Quote> byLeaders = e.quotes().stream().filter(q -> List.of("per:bashar-al-assad", "per:vladimir-putin")
                .contains(q.speaker().entityId())).toList();
        assertThat(byLeaders).hasSizeGreaterThanOrEqualTo(3);
        assertThat(byLeaders).filteredOn(q -> q.speaker().entityId().equals("per:bashar-al-assad")).hasSize(4);
        assertThat(byLeaders).filteredOn(q -> q.speaker().entityId().equals("per:vladimir-putin"))
                .anySatisfy(q -> assertThat(q.text()).startsWith("سعيد جداً أن أرحب بكم"));
        assertThat(e.dates()).extracting(DateMention::value).contains("2021-09-14");
    }

    @Test
    void bothReportsShareTheIdsOfAssadPutinSyriaAndAstana() throws IOException {
        Enrichment opposition = enrich("000_");
        Enrichment sana = enrich("002_");
        for (String id : List.of("per:bashar-al-assad", "per:vladimir-putin", "loc:SY", "loc:astana", "loc:RU",
                "loc:moscow", "loc:sochi", "org:un")) {
            assertThat(ids(opposition)).as("opposition").contains(id);
            assertThat(ids(sana)).as("SANA").contains(id);
        }
        // سوريا in one, سورية in the other: one place
        assertThat(entity(sana, "loc:SY").mentions()).extracting(Mention::text).contains("سورية");
        assertThat(entity(opposition, "loc:SY").mentions()).extracting(Mention::text).contains("سوريا");
    }

    private static void assertCommonFindings(Enrichment e) {
        assertThat(e.language()).isEqualTo("ar");
        assertThat(e.summary()).isNotBlank();
        assertThat(e.pipelineVersion()).isEqualTo(EnrichmentPipeline.VERSION);
        List<Entity> persons = e.entities().stream().filter(x -> x.type() == EntityType.PERSON).toList();
        assertThat(persons.stream().filter(p -> p.name().equals("بشار الأسد"))).hasSize(1);
        assertThat(persons.stream().filter(p -> p.name().equals("فلاديمير بوتين"))).hasSize(1);
        Entity assad = entity(e, "per:bashar-al-assad");
        assertThat(assad.mentions()).extracting(Mention::text).contains("الأسد");
        assertThat(persons).noneMatch(p -> p.name().equals("الأسد"));
        assertThat(entity(e, "loc:moscow").name()).isEqualTo("موسكو");
        assertThat(entity(e, "loc:SY").name()).isEqualTo("سوريا");
        assertThat(entity(e, "loc:RU").name()).isEqualTo("روسيا");
        assertThat(entity(e, "loc:sochi").name()).isEqualTo("سوتشي");
        assertThat(entity(e, "org:un").name()).isEqualTo("الأمم المتحدة");
        assertThat(e.entities().stream().filter(x -> x.name().equals("سوريا") || x.name().equals("سورية")))
                .hasSize(1);
        // "the regime", "the government" name no entity
        assertThat(e.entities()).extracting(Entity::name).doesNotContain("النظام", "الحكومة", "الحكومة السورية");
        // the same figures in digits and in words
        assertThat(e.numbers()).anySatisfy(n -> {
            assertThat(n.value()).isEqualTo(3.5);
            assertThat(n.unit()).isEqualTo("times");
        });
        assertThat(e.numbers()).anySatisfy(n -> {
            assertThat(n.value()).isEqualTo(90.0);
            assertThat(n.unit()).isEqualTo("percent");
        });
        // proclitics stay outside mentions (وبوتين -> بوتين)
        e.entities().forEach(x -> x.mentions().forEach(m ->
                assertThat(m.text()).as(x.id()).doesNotStartWith("و" + x.name())));
    }

    private static List<String> ids(Enrichment e) {
        return e.entities().stream().map(Entity::id).toList();
    }

    private static Entity entity(Enrichment e, String id) {
        return e.entities().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found in " + e.entities().stream()
                        .map(Entity::id).toList()));
    }
}
