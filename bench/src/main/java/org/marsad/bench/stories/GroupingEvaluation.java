package org.marsad.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.EventsJson;
import org.marsad.events.RawArticle;
import org.marsad.nlp.core.EnrichmentPipeline;
import org.marsad.store.story.InMemoryStoryIndex;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryAssigner;
import org.marsad.store.story.StoryFeatures;
import org.marsad.store.story.StoryRules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The story grouping evaluation. Replays every ANT corpus article published from the first to the last day of
 * the gold events, in order of publication, through the NLP core and the story assigner (in-memory index), then
 * scores the stories of the gold articles (events and distractors) pairwise against the gold groups.
 *
 * <p>Usage: {@code GroupingEvaluation [--corpus ../shared/data/ant-corpus-2018.jsonl.gz] [--verbose]}
 */
public final class GroupingEvaluation {

    private GroupingEvaluation() {
    }

    private record CorpusArticle(String id, RawArticle raw) {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("../shared/data/ant-corpus-2018.jsonl.gz");
        boolean verbose = false;
        boolean tune = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--verbose" -> verbose = true;
                case "--tune" -> tune = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (!Files.exists(corpus)) {
            System.err.println("corpus not found: " + corpus + " (the evaluation reads ../shared/data)");
            System.exit(2);
        }
        Replay replay = Replay.of(corpus);
        if (tune) {
            tune(replay);
            return;
        }
        replay.assign(StoryRules.DEFAULTS).print(verbose);
        Path seeds = corpus.toAbsolutePath().getParent().resolveSibling("seeds");
        if (Files.isDirectory(seeds)) {
            seedsFormOneStory(seeds);
        } else {
            System.out.println("- seeds: skipped (" + seeds + " is absent)");
        }
    }

    /** The two seed reports (one event, opposite framing) go through the NLP core and the assigner in turn. */
    private static void seedsFormOneStory(Path seeds) throws IOException {
        EnrichmentPipeline pipeline = new EnrichmentPipeline();
        StoryFeatures features = new StoryFeatures();
        StoryAssigner assigner = new StoryAssigner(new InMemoryStoryIndex(), StoryRules.DEFAULTS);
        Instant published = Instant.parse("2021-09-14T09:00:00Z");
        List<String> stories = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file).strip();
                int firstBreak = text.indexOf('\n');
                RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, file.getFileName().toString(), null, null,
                        file.getFileName().toString(), null, null, text.substring(0, firstBreak).strip(),
                        text.substring(firstBreak + 1).strip(), null, "ar", published, published, "seed");
                stories.add(assigner.assign(features.of(EnrichedArticle.of(raw, pipeline.enrich(raw), published)))
                        .storyId());
            }
        }
        System.out.printf("- seeds: %d reports, %s%n", stories.size(),
                stories.stream().distinct().count() == 1 ? "one story" : "NOT one story: " + stories);
    }

    /** Scores a grid of thresholds around the defaults on the same replay (enriched once). */
    private static void tune(Replay replay) {
        StoryRules d = StoryRules.DEFAULTS;
        for (double join : new double[]{0.18, 0.22, 0.26, 0.30}) {
            for (double merge : new double[]{0.35, 0.45, 1.01}) {
                for (int halfGap : new int[]{12, 24, 48}) {
                    StoryRules rules = new StoryRules(d.window(), d.grace(), Duration.ofHours(halfGap), join, merge,
                            d.linkThreshold(), d.entityShare(), d.keysPerKind(), d.candidates(), d.maxDuplicateBits());
                    PairwiseScores s = replay.assign(rules).scores();
                    System.out.printf("join %.2f merge %.2f halfGap %2dh: P %.3f R %.3f F1 %.3f%n", join, merge,
                            halfGap, s.precision(), s.recall(), s.f1());
                }
            }
        }
    }

    /** What one run found: the scores, and each gold article's story. */
    public record Result(GoldGroups gold, Map<String, String> storyOf, Map<String, String> titles,
                         PairwiseScores scores, int replayed, long stories, double msPerArticle) {

        void print(boolean verbose) {
            System.out.printf("## Story grouping evaluation (ANT corpus)%n");
            System.out.printf("- %d gold events, %d distractors; %,d articles replayed in publication order, %,d stories%n",
                    gold.events(), gold.distractors(), replayed, stories);
            System.out.printf("- pairs: %d true positive, %d false positive, %d false negative%n",
                    scores.truePositives(), scores.falsePositives(), scores.falseNegatives());
            System.out.printf("- **precision %.3f, recall %.3f, F1 %.3f**%n", scores.precision(), scores.recall(),
                    scores.f1());
            System.out.printf("- assignment: %.2f ms per article (features + matching, in memory)%n", msPerArticle);
            if (verbose) {
                Map<String, List<String>> byStory = new TreeMap<>();
                gold.groupOf().forEach((id, group) -> byStory.computeIfAbsent(storyOf.get(id), k -> new ArrayList<>())
                        .add(group + "  " + id + "  " + titles.get(id)));
                byStory.forEach((story, members) -> {
                    if (members.size() > 1 || !members.get(0).startsWith("distractor")) {
                        System.out.println("story " + story.substring(0, 8));
                        members.forEach(m -> System.out.println("    " + m));
                    }
                });
            }
        }
    }

    /** The corpus days of the gold events, enriched once, in order of publication. */
    record Replay(GoldGroups gold, List<StoryArticle> articles, Map<String, String> titles) {

        static Replay of(Path corpus) throws IOException {
        GoldGroups gold = GoldGroups.load();
        ObjectMapper json = EventsJson.newMapper();
        List<CorpusArticle> all = read(corpus, json);
        Map<String, Instant> goldTimes = new LinkedHashMap<>();
        all.stream().filter(a -> gold.groupOf().containsKey(a.id())).forEach(a -> goldTimes.put(a.id(), a.raw().publishedAt()));
        if (goldTimes.size() != gold.groupOf().size()) {
            throw new IllegalStateException("the corpus lacks gold articles: " + gold.groupOf().keySet().stream()
                    .filter(id -> !goldTimes.containsKey(id)).toList());
        }
        LocalDate first = goldTimes.values().stream().min(Comparator.naturalOrder()).map(GroupingEvaluation::day).orElseThrow();
        LocalDate last = goldTimes.values().stream().max(Comparator.naturalOrder()).map(GroupingEvaluation::day).orElseThrow();
        List<CorpusArticle> stream = all.stream()
                .filter(a -> !day(a.raw().publishedAt()).isBefore(first) && !day(a.raw().publishedAt()).isAfter(last))
                .sorted(Comparator.comparing((CorpusArticle a) -> a.raw().publishedAt()).thenComparing(CorpusArticle::id))
                .toList();

        EnrichmentPipeline pipeline = new EnrichmentPipeline();
        StoryFeatures features = new StoryFeatures();
        List<StoryArticle> enriched = new ArrayList<>();
        for (CorpusArticle a : stream) {
            enriched.add(features.of(EnrichedArticle.of(a.raw(), pipeline.enrich(a.raw()), a.raw().fetchedAt())));
        }
        Map<String, String> titles = new LinkedHashMap<>();
        stream.stream().filter(a -> gold.groupOf().containsKey(a.id())).forEach(a -> titles.put(a.id(), a.raw().title()));
        return new Replay(gold, enriched, titles);
        }

        Result assign(StoryRules rules) {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryAssigner assigner = new StoryAssigner(index, rules);
        long started = System.nanoTime();
        articles.forEach(assigner::assign);
        double ms = (System.nanoTime() - started) / 1e6 / Math.max(1, articles.size());
        Map<String, String> storyOf = new LinkedHashMap<>();
        gold.groupOf().keySet().forEach(id -> storyOf.put(id, index.storyOf(id).orElseThrow()));
        long stories = articles.stream().map(a -> index.storyOf(a.id()).orElseThrow()).distinct().count();
        return new Result(gold, storyOf, titles, PairwiseScores.of(gold.groupOf(), storyOf), articles.size(), stories,
                ms);
        }
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Corpus articles with a body and a publication time (RFC 1123, as the ANT feeds give it). */
    private static List<CorpusArticle> read(Path corpus, ObjectMapper json) throws IOException {
        List<CorpusArticle> articles = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode row = json.readTree(line);
                String body = row.path("body").asText("");
                Instant published = published(row.path("published").asText(null));
                if (body.isBlank() || published == null) {
                    continue;
                }
                String id = row.path("id").asText();
                articles.add(new CorpusArticle(id, new RawArticle(RawArticle.SCHEMA_VERSION, id, null, null,
                        row.path("outlet").asText("unknown"), null, null, row.path("title").asText(""), body, null,
                        row.path("language").asText(null), published, published, "replay")));
            }
        }
        return articles;
    }

    private static Instant published(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH))
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
