package org.marsad.store.comparison;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.RawArticle;
import org.marsad.nlp.core.EnrichmentPipeline;
import org.marsad.store.comparison.StoryComparison.FavouredTerm;
import org.marsad.store.comparison.StoryComparison.OutletEntity;
import org.marsad.store.comparison.StoryComparison.SharedEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The two reference reports of one event in {@code shared/seeds} (read in place, never copied into the project),
 * enriched by the NLP core and compared: each outlet's own framing must show. Skipped where the seeds are absent.
 * The NLP improves in parallel, so this asserts what a reader finds, not every detail.
 */
class SeedStoryComparisonTest {

    private static final String OPPOSITION = "opposition";
    private static final String SANA = "SANA";

    private static Path seeds;
    private static StoryComparison comparison;

    @BeforeAll
    static void compareTheSeeds() throws IOException {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".."));
        seeds = Stream.of(projectDir.resolve("../shared/seeds"), projectDir.resolve("../../shared/seeds"),
                        Path.of("../../shared/seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        if (seeds == null) {
            return;
        }
        EnrichmentPipeline nlp = new EnrichmentPipeline();
        comparison = new StoryComparer().compare(List.of(
                article(nlp, "000_", OPPOSITION, "2021-09-14T10:00:00Z"),
                article(nlp, "002_", SANA, "2021-09-14T08:00:00Z")));
    }

    private static ComparedArticle article(EnrichmentPipeline nlp, String prefix, String outlet, String published)
            throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(seeds)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        String content = Files.readString(file).strip();
        int firstLineEnd = content.indexOf('\n');
        RawArticle raw = new RawArticle(1, prefix, null, null, outlet, null, null,
                content.substring(0, firstLineEnd), content.substring(firstLineEnd + 1), null, null,
                Instant.parse(published), Instant.parse(published), "replay");
        return ComparedArticle.of(EnrichedArticle.of(raw, nlp.enrich(raw), Instant.now()));
    }

    private static StoryComparison comparison() {
        assumeTrue(comparison != null, "shared/seeds not present: skipping the seed story comparison");
        return comparison;
    }

    @Test
    void theOppositionCallsThemTheRegimeAndItsHead() {
        List<String> terms = displays(OPPOSITION);
        assertThat(terms.subList(0, 3)).contains("النظام");
        assertThat(terms).contains("رئيس النظام");
        assertThat(displays(SANA)).doesNotContain("النظام", "رئيس النظام");
    }

    @Test
    void sanaSpeaksOfPresidentAssadAndTheSummit() {
        List<String> terms = displays(SANA);
        assertThat(terms.get(0)).isEqualTo("الرئيس الأسد");
        assertThat(terms).contains("القمة");
        assertThat(displays(OPPOSITION)).doesNotContain("الرئيس الأسد");
    }

    @Test
    void bothMentionTheTwoPresidentsAndTheirCapitals() {
        assertThat(comparison().sharedEntities()).extracting(SharedEntity::name)
                .contains("بشار الأسد", "فلاديمير بوتين", "موسكو", "سوريا", "روسيا");
        assertThat(comparison().sharedEntities()).allSatisfy(e -> assertThat(e.outlets()).hasSize(2));
    }

    @Test
    void eachOutletNamesWhatTheOtherLeavesOut() {
        assertThat(comparison().entitiesByOutlet().get(OPPOSITION)).extracting(OutletEntity::name)
                .contains("حميميم", "طرطوس");
        assertThat(comparison().entitiesByOutlet().get(SANA)).extracting(OutletEntity::name)
                .contains("فيصل المقداد", "جنيف");
    }

    @Test
    void theOppositionQuotesAssadsWordsAsSanaCarriedThem() {
        assertThat(comparison().quotes()).filteredOn(q -> q.outlet().equals(OPPOSITION))
                .filteredOn(q -> q.text().contains("أخلاقية"))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().entityId()).isEqualTo("per:bashar-al-assad");
                    assertThat(q.sharedWith()).containsExactly(SANA);
                });
        assertThat(comparison().quotes()).filteredOn(q -> q.outlet().equals(SANA))
                .anyMatch(q -> q.sharedWith().contains(OPPOSITION));
    }

    @Test
    void bothGiveNinetyPercentOfTheCountry() {
        assertThat(comparison().numbers()).filteredOn(g -> "percent".equals(g.unit()))
                .anySatisfy(g -> {
                    assertThat(g.agreement()).isEqualTo(StoryComparison.Agreement.agree);
                    assertThat(g.values()).extracting(StoryComparison.ReportedNumber::value).containsOnly(90.0);
                });
    }

    private static List<String> displays(String outlet) {
        return comparison().favouredTerms().get(outlet).stream().map(FavouredTerm::display).toList();
    }
}
