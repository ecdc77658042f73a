package org.marsad.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed story gold sets are well formed and apart from each other, and the held-out, final and both blind ones
 * are big enough. Checks that need the corpora themselves run only when ../shared/data is present.
 */
class GoldGroupsTest {

    private static final GoldGroups DEV = GoldGroups.load(GoldSet.DEV);
    private static final GoldGroups HELDOUT = GoldGroups.load(GoldSet.HELDOUT);
    private static final GoldGroups FINAL = GoldGroups.load(GoldSet.FINAL);
    private static final GoldGroups BLIND = GoldGroups.load(GoldSet.BLIND);
    private static final GoldGroups BLIND2 = GoldGroups.load(GoldSet.BLIND2);
    private static final Path DATA = Path.of(System.getProperty("marsad.project.dir", ".."))
            .toAbsolutePath().normalize().resolveSibling("shared").resolve("data");

    @Test
    void theDevSetIsTheOneTheRulesWereTunedOn() {
        assertThat(DEV.events()).isEqualTo(21);
        assertThat(DEV.groupOf()).hasSize(148);
        assertThat(DEV.distractors()).isEqualTo(59);
    }

    @Test
    void theHeldOutSetSharesNoArticleWithTheDevSet() {
        assertThat(HELDOUT.groupOf().keySet()).doesNotContainAnyElementsOf(DEV.groupOf().keySet());
    }

    @Test
    void theHeldOutSetCoversBothCorporaAndSeveralMonths() {
        Map<String, String> ant = part(HELDOUT, false);
        Map<String, String> saudi = part(HELDOUT, true);

        assertThat(HELDOUT.events()).isGreaterThanOrEqualTo(20);
        assertThat(events(ant)).isGreaterThanOrEqualTo(12);
        assertThat(events(saudi)).isGreaterThanOrEqualTo(8);
        // ANT ids end in the publication day (yyyyMMdd): events from May, July, August and September 2018
        Set<String> months = ant.entrySet().stream().filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .map(e -> e.getKey().substring(e.getKey().length() - 4, e.getKey().length() - 2))
                .collect(Collectors.toSet());
        assertThat(months).contains("05", "07", "08", "09").doesNotContain("02", "03");
    }

    @Test
    void everyHeldOutEventHasSeveralReportsAndTwiceAsManyDistractors() {
        Map<String, Long> reports = HELDOUT.groupOf().values().stream().filter(g -> !GoldGroups.isDistractor(g))
                .collect(Collectors.groupingBy(g -> g, Collectors.counting()));

        assertThat(reports.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(HELDOUT.distractors()).isGreaterThanOrEqualTo(2 * HELDOUT.eventArticles());
    }

    @Test
    void eachAntEventIsToldBySeveralOutlets() {
        // ANT ids start with the outlet: AL, BB, CN, FR, SK
        Map<String, Set<String>> outlets = part(HELDOUT, false).entrySet().stream()
                .filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(e -> e.getKey().substring(0, 2), Collectors.toSet())));

        assertThat(outlets).allSatisfy((event, names) -> assertThat(names).as(event).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void theHeldOutFileSaysItIsNowTuningDataAndPointsToTheFinalSet() throws IOException {
        try (InputStream in = GoldGroups.class.getResourceAsStream(GoldSet.HELDOUT.resource())) {
            String header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
            assertThat(header).contains("now TUNING DATA").contains("gold-groups-final.tsv");
        }
        assertThat(GoldSet.HELDOUT.tunable()).isTrue();
        assertThat(GoldSet.DEV.tunable()).isTrue();
    }

    @Test
    void theFinalSetSharesNoArticleAndNoAntDayWithTheOtherSets() {
        assertThat(FINAL.groupOf().keySet()).doesNotContainAnyElementsOf(DEV.groupOf().keySet())
                .doesNotContainAnyElementsOf(HELDOUT.groupOf().keySet());
        assertThat(antDays(FINAL)).doesNotContainAnyElementsOf(antDays(DEV)).doesNotContainAnyElementsOf(antDays(HELDOUT));
    }

    @Test
    void theFinalSetCoversBothCorporaAndSeveralMonths() {
        Map<String, String> ant = part(FINAL, false);

        assertThat(events(ant)).isGreaterThanOrEqualTo(12);
        assertThat(events(part(FINAL, true))).isGreaterThanOrEqualTo(8);
        Set<String> months = ant.entrySet().stream().filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .map(e -> e.getKey().substring(e.getKey().length() - 4, e.getKey().length() - 2))
                .collect(Collectors.toSet());
        assertThat(months).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyFinalEventHasSeveralReportsAndEachCorpusTwiceAsManyDistractors() {
        Map<String, Long> reports = FINAL.groupOf().values().stream().filter(g -> !GoldGroups.isDistractor(g))
                .collect(Collectors.groupingBy(g -> g, Collectors.counting()));
        assertThat(reports.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));

        for (boolean saudi : new boolean[] {false, true}) {
            GoldGroups corpus = FINAL.restrictedTo(part(FINAL, saudi).keySet());
            assertThat(corpus.distractors()).as(saudi ? "SaudiNewsNet" : "ANT")
                    .isGreaterThanOrEqualTo(2 * corpus.eventArticles());
        }
        Map<String, Set<String>> outlets = part(FINAL, false).entrySet().stream()
                .filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(e -> e.getKey().substring(0, 2), Collectors.toSet())));
        assertThat(outlets).allSatisfy((event, names) -> assertThat(names).as(event).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void theFinalFileSaysItIsSpentAndNowTuningData() throws IOException {
        assertThat(header(GoldSet.FINAL)).contains("now TUNING DATA").contains("gold-groups-blind.tsv")
                .contains("Built blind");
        assertThat(GoldSet.FINAL.tunable()).isTrue();
    }

    /** What the replay needs (each article present, dated, with a body), and SaudiNewsNet days apart from the held-out set's. */
    @Test
    void theFinalArticlesAreInTheCorporaOnDaysOfTheirOwn() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "skipped: the corpora are not in " + DATA + " (the gold sets hold ids only)");
        Map<String, LocalDate> days = new HashMap<>();
        for (StoryCorpus corpus : GoldSet.FINAL.corpora()) {
            days.putAll(daysOf(corpus, Set.copyOf(FINAL.groupOf().keySet()), DATA.resolve(corpus.file())));
        }
        assertThat(days.keySet()).containsExactlyInAnyOrderElementsOf(FINAL.groupOf().keySet());

        Set<LocalDate> heldOutSaudiDays = Set.copyOf(daysOf(StoryCorpus.SAUDINEWSNET, part(HELDOUT, true).keySet(),
                DATA.resolve(StoryCorpus.SAUDINEWSNET.file())).values());
        Set<LocalDate> finalSaudiDays = part(FINAL, true).keySet().stream().map(days::get).collect(Collectors.toSet());
        assertThat(finalSaudiDays).isNotEmpty().doesNotContainAnyElementsOf(heldOutSaudiDays);
    }

    @Test
    void theBlindSetSharesNoArticleAndNoAntDayWithTheOtherSetsNorADayNextToOne() {
        Set<String> others = new HashSet<>(DEV.groupOf().keySet());
        others.addAll(HELDOUT.groupOf().keySet());
        others.addAll(FINAL.groupOf().keySet());
        assertThat(BLIND.groupOf().keySet()).doesNotContainAnyElementsOf(others);

        Set<LocalDate> otherDays = new HashSet<>();
        for (GoldGroups gold : List.of(DEV, HELDOUT, FINAL)) {
            antDays(gold).stream().map(GoldGroupsTest::day)
                    .forEach(d -> otherDays.addAll(List.of(d.minusDays(1), d, d.plusDays(1))));
        }
        assertThat(antDays(BLIND)).isNotEmpty().allSatisfy(d -> assertThat(otherDays).doesNotContain(day(d)));
    }

    @Test
    void theBlindSetCoversBothCorporaWithEnoughEventsFromTwoMonths() {
        Map<String, String> ant = part(BLIND, false);

        assertThat(events(ant)).isGreaterThanOrEqualTo(12);
        assertThat(events(part(BLIND, true))).isGreaterThanOrEqualTo(10);
        Set<String> months = ant.entrySet().stream().filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .map(e -> e.getKey().substring(e.getKey().length() - 4, e.getKey().length() - 2))
                .collect(Collectors.toSet());
        assertThat(months).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyBlindEventHasThreeReportsFromThreeOutletsAndEachCorpusTwiceAsManyDistractors() {
        Map<String, Long> reports = BLIND.groupOf().values().stream().filter(g -> !GoldGroups.isDistractor(g))
                .collect(Collectors.groupingBy(g -> g, Collectors.counting()));
        assertThat(reports.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));

        for (boolean saudi : new boolean[] {false, true}) {
            GoldGroups corpus = BLIND.restrictedTo(part(BLIND, saudi).keySet());
            assertThat(corpus.distractors()).as(saudi ? "SaudiNewsNet" : "ANT")
                    .isGreaterThanOrEqualTo(2 * corpus.eventArticles());
        }
        Map<String, Set<String>> outlets = part(BLIND, false).entrySet().stream()
                .filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(e -> e.getKey().substring(0, 2), Collectors.toSet())));
        assertThat(outlets).allSatisfy((event, names) -> assertThat(names).as(event).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void theBlindFileSaysItIsRunOnceNeverTunedAndBuiltBlind() throws IOException {
        assertThat(header(GoldSet.BLIND)).contains("run ONCE").contains("NEVER use it to tune").contains("Built blind")
                .contains("refuses --tune");
        assertThat(GoldSet.BLIND.tunable()).isFalse();
        assertThat(GoldSet.FINAL.tunable()).isTrue();
    }

    /**
     * What the replay needs (each article present, dated, with a body), SaudiNewsNet days neither the held-out nor the
     * final sets' nor next to theirs, and three SaudiNewsNet sources at least for each of its events.
     */
    @Test
    void theBlindArticlesAreInTheCorporaOnDaysOfTheirOwn() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "skipped: the corpora are not in " + DATA + " (the gold sets hold ids only)");
        Map<String, CorpusArticle> found = new HashMap<>();
        for (StoryCorpus corpus : GoldSet.BLIND.corpora()) {
            found.putAll(articlesOf(corpus, Set.copyOf(BLIND.groupOf().keySet()), DATA.resolve(corpus.file())));
        }
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(BLIND.groupOf().keySet());

        Set<String> otherSaudi = new HashSet<>(part(HELDOUT, true).keySet());
        otherSaudi.addAll(part(FINAL, true).keySet());
        Set<LocalDate> otherSaudiDaysAndNeighbours = new HashSet<>();
        daysOf(StoryCorpus.SAUDINEWSNET, otherSaudi, DATA.resolve(StoryCorpus.SAUDINEWSNET.file())).values()
                .forEach(d -> otherSaudiDaysAndNeighbours.addAll(List.of(d.minusDays(1), d, d.plusDays(1))));
        Set<LocalDate> blindSaudiDays = part(BLIND, true).keySet().stream().map(id -> found.get(id).day())
                .collect(Collectors.toSet());
        assertThat(blindSaudiDays).isNotEmpty().doesNotContainAnyElementsOf(otherSaudiDaysAndNeighbours);

        Map<String, Set<String>> sources = part(BLIND, true).entrySet().stream()
                .filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(e -> found.get(e.getKey()).outlet(), Collectors.toSet())));
        assertThat(sources).allSatisfy((event, names) -> assertThat(names).as(event).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void theSecondBlindSetSharesNoArticleAndNoAntDayWithTheOtherFourSetsNorADayNextToOne() {
        List<GoldGroups> others = List.of(DEV, HELDOUT, FINAL, BLIND);
        Set<String> otherIds = new HashSet<>();
        Set<LocalDate> otherDays = new HashSet<>();
        for (GoldGroups gold : others) {
            otherIds.addAll(gold.groupOf().keySet());
            antDays(gold).stream().map(GoldGroupsTest::day)
                    .forEach(d -> otherDays.addAll(List.of(d.minusDays(1), d, d.plusDays(1))));
        }
        assertThat(BLIND2.groupOf().keySet()).doesNotContainAnyElementsOf(otherIds);
        assertThat(antDays(BLIND2)).isNotEmpty().allSatisfy(d -> assertThat(otherDays).doesNotContain(day(d)));
    }

    @Test
    void theSecondBlindSetHasFifteenAntAndTwelveSaudiNewsNetEventsOfThreeReportsFromThreeOutlets() {
        Map<String, String> ant = part(BLIND2, false);
        assertThat(events(ant)).isGreaterThanOrEqualTo(15);
        assertThat(events(part(BLIND2, true))).isGreaterThanOrEqualTo(12);
        Set<String> months = ant.entrySet().stream().filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .map(e -> e.getKey().substring(e.getKey().length() - 4, e.getKey().length() - 2))
                .collect(Collectors.toSet());
        assertThat(months).containsExactlyInAnyOrder("03", "05");

        Map<String, Long> reports = BLIND2.groupOf().values().stream().filter(g -> !GoldGroups.isDistractor(g))
                .collect(Collectors.groupingBy(g -> g, Collectors.counting()));
        assertThat(reports.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        Map<String, Set<String>> outlets = ant.entrySet().stream()
                .filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(e -> e.getKey().substring(0, 2), Collectors.toSet())));
        assertThat(outlets).allSatisfy((event, names) -> assertThat(names).as(event).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void eachCorpusOfTheSecondBlindSetHasTwiceAsManyDistractorsAsReports() {
        for (boolean saudi : new boolean[] {false, true}) {
            GoldGroups corpus = BLIND2.restrictedTo(part(BLIND2, saudi).keySet());
            assertThat(corpus.eventArticles()).as(saudi ? "SaudiNewsNet" : "ANT").isPositive();
            assertThat(corpus.distractors()).as(saudi ? "SaudiNewsNet" : "ANT")
                    .isGreaterThanOrEqualTo(2 * corpus.eventArticles());
        }
    }

    @Test
    void theSecondBlindFileSaysItWasNeverRunIsNeverTunedAndWasBuiltBlind() throws IOException {
        assertThat(header(GoldSet.BLIND2)).contains("run ONCE").contains("NEVER been run").contains("NEVER use it to tune")
                .contains("Built blind").contains("refuses --tune").contains("StoryModelTraining never reads it");
        assertThat(GoldSet.BLIND2.tunable()).isFalse();
    }

    @Test
    void neitherBlindSetIsTunedOnNorTrainsTheMatchScore() {
        assertThat(StoryModelTraining.trainingSets()).containsExactly(GoldSet.DEV, GoldSet.HELDOUT, GoldSet.FINAL)
                .doesNotContain(GoldSet.BLIND, GoldSet.BLIND2);
    }

    /**
     * What the replay needs (each article present, dated, with a body), SaudiNewsNet days none of the other sets' nor
     * next to theirs, and three SaudiNewsNet sources at least for each of its events.
     */
    @Test
    void theSecondBlindArticlesAreInTheCorporaOnDaysOfTheirOwn() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "skipped: the corpora are not in " + DATA + " (the gold sets hold ids only)");
        Map<String, CorpusArticle> found = new HashMap<>();
        for (StoryCorpus corpus : GoldSet.BLIND2.corpora()) {
            found.putAll(articlesOf(corpus, Set.copyOf(BLIND2.groupOf().keySet()), DATA.resolve(corpus.file())));
        }
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(BLIND2.groupOf().keySet());

        Set<String> otherSaudi = new HashSet<>();
        for (GoldGroups gold : List.of(DEV, HELDOUT, FINAL, BLIND)) {
            otherSaudi.addAll(part(gold, true).keySet());
        }
        Set<LocalDate> otherSaudiDaysAndNeighbours = new HashSet<>();
        daysOf(StoryCorpus.SAUDINEWSNET, otherSaudi, DATA.resolve(StoryCorpus.SAUDINEWSNET.file())).values()
                .forEach(d -> otherSaudiDaysAndNeighbours.addAll(List.of(d.minusDays(1), d, d.plusDays(1))));
        Set<LocalDate> saudiDays = part(BLIND2, true).keySet().stream().map(id -> found.get(id).day())
                .collect(Collectors.toSet());
        assertThat(saudiDays).isNotEmpty().doesNotContainAnyElementsOf(otherSaudiDaysAndNeighbours);

        Map<String, Set<String>> sources = part(BLIND2, true).entrySet().stream()
                .filter(e -> !GoldGroups.isDistractor(e.getValue()))
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(e -> found.get(e.getKey()).outlet(), Collectors.toSet())));
        assertThat(sources).allSatisfy((event, names) -> assertThat(names).as(event).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void goldSetsAreNamedOnTheCommandLine() {
        assertThat(GoldSet.named("dev")).isEqualTo(GoldSet.DEV);
        assertThat(GoldSet.named("heldout")).isEqualTo(GoldSet.HELDOUT);
        assertThat(GoldSet.named("final")).isEqualTo(GoldSet.FINAL);
        assertThat(GoldSet.named("blind")).isEqualTo(GoldSet.BLIND);
        assertThat(GoldSet.named("blind2")).isEqualTo(GoldSet.BLIND2);
        assertThatThrownBy(() -> GoldSet.named("test")).hasMessageContaining("unknown gold set");
    }

    @Test
    void restrictingKeepsOnlyTheGivenArticles() {
        GoldGroups saudi = HELDOUT.restrictedTo(part(HELDOUT, true).keySet());

        assertThat(saudi.groupOf()).isEqualTo(part(HELDOUT, true));
        assertThat(saudi.events() + GoldGroups.load(GoldSet.HELDOUT).restrictedTo(part(HELDOUT, false).keySet()).events())
                .isEqualTo(HELDOUT.events());
    }

    private static Map<String, String> part(GoldGroups gold, boolean saudi) {
        return gold.groupOf().entrySet().stream().filter(e -> e.getKey().startsWith("snn-") == saudi)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String header(GoldSet set) throws IOException {
        try (InputStream in = GoldGroups.class.getResourceAsStream(set.resource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
        }
    }

    /** ANT ids end in the publication day (yyyyMMdd). */
    private static Set<String> antDays(GoldGroups gold) {
        return part(gold, false).keySet().stream().map(id -> id.substring(id.length() - 8)).collect(Collectors.toSet());
    }

    /** The day (where the corpus was published) of each of the given articles that has a body and a readable date. */
    private static Map<String, LocalDate> daysOf(StoryCorpus corpus, Set<String> ids, Path file) throws IOException {
        Map<String, LocalDate> days = new HashMap<>();
        articlesOf(corpus, ids, file).forEach((id, article) -> days.put(id, article.day()));
        return days;
    }

    /** Where and when a gold article was published, as the corpus says. */
    private record CorpusArticle(LocalDate day, String outlet) {
    }

    /** Each of the given articles that has a body and a readable date: its day and its outlet. */
    private static Map<String, CorpusArticle> articlesOf(StoryCorpus corpus, Set<String> ids, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, CorpusArticle> articles = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode row = json.readTree(line);
                String id = row.path("id").asText();
                if (!ids.contains(id)) {
                    continue;
                }
                Instant published = corpus.published(row.path("published").asText(null));
                if (published != null && !row.path("body").asText("").isBlank()) {
                    articles.put(id, new CorpusArticle(corpus.day(published), row.path("outlet").asText("")));
                }
            }
        }
        return articles;
    }

    /** An ANT id's day (yyyyMMdd). */
    private static LocalDate day(String yyyyMMdd) {
        return LocalDate.parse(yyyyMMdd, DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static long events(Map<String, String> groups) {
        return groups.values().stream().filter(g -> !GoldGroups.isDistractor(g)).distinct().count();
    }
}
