package org.marsad.bench.stories;

import org.marsad.events.EnrichedArticle;
import org.marsad.events.RawArticle;
import org.marsad.nlp.core.EnrichmentPipeline;
import org.marsad.store.story.InMemoryStoryIndex;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryAssigner;
import org.marsad.store.story.StoryFeatures;
import org.marsad.store.story.StoryRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The story grouping evaluation. For each corpus of the chosen gold set, replays every article published from the
 * first to the last day of its gold articles, in order of publication, through the NLP core and the story assigner
 * (in-memory index), then scores the stories of the gold articles (events and distractors) pairwise against the
 * gold groups: per corpus, and over all corpora.
 *
 * <p>Usage: {@code GroupingEvaluation [--gold dev|heldout|final|blind|blind2] [--data ../shared/data] [--verbose]
 * [--tune]}. {@code --tune} scans the rules on a tuning set (dev, heldout and final all are); it refuses the blind
 * sets, each run once for a final report.
 */
public final class GroupingEvaluation {

    private GroupingEvaluation() {
    }

    private record CorpusArticle(String id, RawArticle raw) {
    }

    public static void main(String[] args) throws IOException {
        GoldSet goldSet = GoldSet.DEV;
        Path data = Path.of("../shared/data");
        boolean verbose = false;
        boolean tune = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> goldSet = GoldSet.named(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--verbose" -> verbose = true;
                case "--tune" -> tune = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (tune && !goldSet.tunable()) {
            System.err.println("--tune refused: the " + goldSet.name().toLowerCase() + " set is held out and must never"
                    + " choose thresholds (tune on --gold dev, heldout or final)");
            System.exit(2);
        }
        for (StoryCorpus corpus : goldSet.corpora()) {
            if (!Files.exists(data.resolve(corpus.file()))) {
                System.err.println("corpus not found: " + data.resolve(corpus.file()) + " (the evaluation reads ../shared/data)");
                System.exit(2);
            }
        }
        GoldGroups gold = GoldGroups.load(goldSet);
        List<Replay> replays = Replay.all(goldSet, data);
        Set<String> found = new HashSet<>();
        replays.forEach(r -> found.addAll(r.gold().groupOf().keySet()));
        if (found.size() != gold.groupOf().size()) {
            throw new IllegalStateException("the corpora lack gold articles: " + gold.groupOf().keySet().stream()
                    .filter(id -> !found.contains(id)).toList());
        }
        if (tune) {
            tune(replays);
            return;
        }
        System.out.printf("## Story grouping evaluation (%s gold set)%n", goldSet.name().toLowerCase());
        PairwiseScores overall = new PairwiseScores(0, 0, 0);
        for (Replay replay : replays) {
            Result result = replay.assign(StoryRules.DEFAULTS);
            result.print(verbose);
            overall = overall.plus(result.scores());
        }
        if (replays.size() > 1) {
            System.out.printf("### Overall%n- %d gold events, %d event articles, %d distractors%n", gold.events(),
                    gold.eventArticles(), gold.distractors());
            printScores(overall);
        }
        Path seeds = data.toAbsolutePath().resolveSibling("seeds");
        if (Files.isDirectory(seeds)) {
            seedsFormOneStory(seeds);
        } else {
            System.out.println("- seeds: skipped (" + seeds + " is absent)");
        }
    }

    private static void printScores(PairwiseScores scores) {
        System.out.printf("- pairs: %d true positive, %d false positive, %d false negative%n",
                scores.truePositives(), scores.falsePositives(), scores.falseNegatives());
        System.out.printf("- **precision %.3f, recall %.3f, F1 %.3f**%n", scores.precision(), scores.recall(),
                scores.f1());
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

    /** Scores a grid of thresholds around the defaults on the same replays (enriched once), summed over corpora. */
    private static void tune(List<Replay> replays) {
        StoryRules d = StoryRules.DEFAULTS;
        for (double join : new double[]{0.3, 0.4, 0.5, 0.6, 0.7}) {
            for (double merge : new double[]{0.8, 0.9, 1.01}) {
                StoryRules rules = d.withModel(d.weights(), join, merge);
                PairwiseScores s = new PairwiseScores(0, 0, 0);
                for (Replay replay : replays) {
                    s = s.plus(replay.assign(rules).scores());
                }
                System.out.printf("join %.2f merge %.2f: P %.3f R %.3f F1 %.3f%n", join, merge, s.precision(),
                        s.recall(), s.f1());
            }
        }
    }

    /** What one run over one corpus found: the scores, and each gold article's story. */
    public record Result(StoryCorpus corpus, GoldGroups gold, Map<String, String> storyOf, Map<String, String> titles,
                         PairwiseScores scores, int replayed, long stories, double msPerArticle,
                         List<String> failures) {

        void print(boolean verbose) {
            System.out.printf("### %s%n", corpus.file());
            System.out.printf("- %d gold events (%d articles), %d distractors; %,d articles replayed in publication"
                    + " order, %,d stories%n", gold.events(), gold.eventArticles(), gold.distractors(), replayed, stories);
            if (!failures.isEmpty()) {
                System.out.printf("- the NLP core failed on %d article(s), left out of the replay (the service would"
                        + " dead-letter them):%n", failures.size());
                failures.forEach(f -> System.out.println("    " + f));
            }
            printScores(scores);
            System.out.printf("- assignment: %.2f ms per article (features + matching, in memory)%n", msPerArticle);
            if (verbose) {
                Map<String, List<String>> byStory = new TreeMap<>();
                gold.groupOf().forEach((id, group) -> byStory.computeIfAbsent(storyOf.get(id), k -> new ArrayList<>())
                        .add(group + "  " + id + "  " + titles.get(id)));
                byStory.forEach((story, members) -> {
                    if (members.size() > 1 || !GoldGroups.isDistractor(members.get(0))) {
                        System.out.println("story " + story.substring(0, 8));
                        members.forEach(m -> System.out.println("    " + m));
                    }
                });
            }
        }
    }

    /** The corpus days of a gold set's articles in one corpus, enriched once, in order of publication. */
    record Replay(StoryCorpus corpus, GoldGroups gold, List<StoryArticle> articles, Map<String, String> titles,
                  List<String> failures) {

        /** The replays of every corpus of a gold set. */
        static List<Replay> all(GoldSet set, Path data) throws IOException {
            GoldGroups gold = GoldGroups.load(set);
            List<Replay> replays = new ArrayList<>();
            for (StoryCorpus corpus : set.corpora()) {
                replays.add(of(data.resolve(corpus.file()), corpus, gold));
            }
            return replays;
        }

        static Replay of(Path file, StoryCorpus corpus, GoldGroups allGold) throws IOException {
            Map<String, Instant> goldTimes = new LinkedHashMap<>();
            read(file, corpus, a -> {
                if (allGold.groupOf().containsKey(a.id())) {
                    goldTimes.put(a.id(), a.raw().publishedAt());
                }
            });
            GoldGroups gold = allGold.restrictedTo(goldTimes.keySet());
            if (gold.groupOf().isEmpty()) {
                throw new IllegalStateException("no gold article in " + file);
            }
            LocalDate first = goldTimes.values().stream().min(Comparator.naturalOrder()).map(corpus::day).orElseThrow();
            LocalDate last = goldTimes.values().stream().max(Comparator.naturalOrder()).map(corpus::day).orElseThrow();
            List<CorpusArticle> stream = new ArrayList<>();
            read(file, corpus, a -> {
                LocalDate day = corpus.day(a.raw().publishedAt());
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    stream.add(a);
                }
            });
            stream.sort(Comparator.comparing((CorpusArticle a) -> a.raw().publishedAt()).thenComparing(CorpusArticle::id));

            EnrichmentPipeline pipeline = new EnrichmentPipeline();
            StoryFeatures features = new StoryFeatures();
            List<StoryArticle> enriched = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (CorpusArticle a : stream) {
                try {
                    enriched.add(features.of(EnrichedArticle.of(a.raw(), pipeline.enrich(a.raw()), a.raw().fetchedAt())));
                } catch (RuntimeException e) {
                    // the service would dead-letter such an article: it never reaches a story
                    failures.add(a.id() + ": " + e);
                }
            }
            Map<String, String> titles = new LinkedHashMap<>();
            stream.stream().filter(a -> gold.groupOf().containsKey(a.id())).forEach(a -> titles.put(a.id(), a.raw().title()));
            return new Replay(corpus, gold, enriched, titles, List.copyOf(failures));
        }

        Result assign(StoryRules rules) {
            InMemoryStoryIndex index = new InMemoryStoryIndex();
            StoryAssigner assigner = new StoryAssigner(index, rules);
            long started = System.nanoTime();
            articles.forEach(assigner::assign);
            double ms = (System.nanoTime() - started) / 1e6 / Math.max(1, articles.size());
            Map<String, String> storyOf = new LinkedHashMap<>();
            // a gold article the NLP core failed on stands alone
            gold.groupOf().keySet().forEach(id -> storyOf.put(id, index.storyOf(id).orElse("unplaced " + id)));
            long stories = articles.stream().map(a -> index.storyOf(a.id()).orElseThrow()).distinct().count();
            return new Result(corpus, gold, storyOf, titles, PairwiseScores.of(gold.groupOf(), storyOf), articles.size(),
                    stories, ms, failures);
        }
    }

    /** Each corpus article with a body and a readable publication time, handed over as it is read. */
    private static void read(Path file, StoryCorpus corpus, Consumer<CorpusArticle> sink) throws IOException {
        corpus.read(file, raw -> sink.accept(new CorpusArticle(raw.id(), raw)));
    }
}
