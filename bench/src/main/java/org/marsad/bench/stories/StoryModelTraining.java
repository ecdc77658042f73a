package org.marsad.bench.stories;

import org.marsad.store.story.InMemoryStoryIndex;
import org.marsad.store.story.MatchWeights;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryAssigner;
import org.marsad.store.story.StoryRules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns the story match weights ({@link MatchWeights}) and the join and merge thresholds from the gold sets, and
 * measures how the learning generalises: leave one set out (learn on two, score the third, for each of the three),
 * then the fit on all three, whose weights are what {@link StoryRules#DEFAULTS} ship.
 *
 * <p>Examples are the decisions the online assigner faces: each gold article, on arrival, against its best few
 * candidate stories (by the current weights); a candidate is positive when it holds an earlier article of the article's event, negative when it holds
 * none (a distractor's candidates count only when they hold gold articles, since a story of non-gold articles may
 * be its own event). The examples are gathered by replaying with a plain prior, then again with the first model
 * (the stories it forms are the ones it will face), and the model is refitted on both.
 *
 * <p>Usage: {@code StoryModelTraining [--data ../shared/data]} (about 16 minutes: it enriches the sets once, then
 * replays them for every threshold it tries).
 */
public final class StoryModelTraining {

    /** Where learning starts: a plain blend of the cosines that ages slowly, chosen before seeing any data. */
    static final MatchWeights PRIOR = new MatchWeights(-4, 4, 4, 6, 5, 3, 3, -0.5, -0.5, 0);

    private static final double[] JOINS = {0.1, 0.15, 0.2, 0.3, 0.4};
    private static final double[] MERGES = {0.3, 0.5, 0.7, 1.01};
    private static final int ROUNDS = 2;
    /** Candidates per decision learned from: the few the decision is really among, not the easy rest. */
    private static final int CONTENDERS = 5;
    private static final double L2 = 1.0;

    /** Weights and thresholds learned together. */
    record Model(MatchWeights weights, double join, double merge) {

        StoryRules rules() {
            return StoryRules.DEFAULTS.withModel(weights, join, merge);
        }
    }

    private StoryModelTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of("../shared/data");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data")) {
                data = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Map<GoldSet, List<GroupingEvaluation.Replay>> sets = new EnumMap<>(GoldSet.class);
        for (GoldSet set : trainingSets()) {
            sets.put(set, GroupingEvaluation.Replay.all(set, data));
        }
        run(sets);
    }

    /** The gold sets the weights are learned from: the tunable ones only, since a blind set never teaches. */
    static List<GoldSet> trainingSets() {
        return Arrays.stream(GoldSet.values()).filter(GoldSet::tunable).toList();
    }

    static void run(Map<GoldSet, List<GroupingEvaluation.Replay>> sets) {
        System.out.println("## Leave one set out: learned on the other two, scored on this one");
        for (GoldSet held : sets.keySet()) {
            List<List<GroupingEvaluation.Replay>> training = new ArrayList<>();
            sets.forEach((set, replays) -> {
                if (set != held) {
                    training.add(replays);
                }
            });
            Model model = train(training);
            System.out.printf("### %s: %s%n", held.name().toLowerCase(), describe(model));
            print(sets.get(held), model.rules());
        }
        Model model = train(new ArrayList<>(sets.values()));
        System.out.printf("## Learned on all three: the fit%n%s%n", describe(model));
        sets.forEach((set, replays) -> {
            System.out.println("### " + set.name().toLowerCase());
            print(replays, model.rules());
        });
    }

    private static String describe(Model model) {
        MatchWeights w = model.weights();
        return String.format(Locale.ROOT, "new MatchWeights(%.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f),"
                        + " join %.2f, merge %.2f", w.bias(), w.title(), w.terms(), w.persons(), w.organisations(),
                w.places(), w.others(), w.sinceStart(), w.outsideSpan(), w.size(), model.join(), model.merge());
    }

    private static void print(List<GroupingEvaluation.Replay> replays, StoryRules rules) {
        PairwiseScores all = new PairwiseScores(0, 0, 0);
        for (GroupingEvaluation.Replay replay : replays) {
            PairwiseScores s = replay.assign(rules).scores();
            all = all.plus(s);
            System.out.printf("- %s: P %.3f R %.3f F1 %.3f (%d / %d / %d)%n", replay.corpus().name(), s.precision(),
                    s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
        }
        System.out.printf("- **all: P %.3f R %.3f F1 %.3f**%n", all.precision(), all.recall(), all.f1());
    }

    /** Learns on the given sets (each a list of corpus replays). */
    static Model train(List<List<GroupingEvaluation.Replay>> sets) {
        Model model = new Model(PRIOR, 0.5, 0.9);
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (List<GroupingEvaluation.Replay> replays : sets) {
                for (GroupingEvaluation.Replay replay : replays) {
                    examples.addAll(examples(replay, model.rules()));
                }
            }
            // merges matter little to the stories the next round learns from: chosen in the last round only
            model = thresholds(MatchWeights.of(LogisticRegression.fit(examples, L2)), sets, round == ROUNDS - 1);
        }
        return model;
    }

    /** The join threshold, then the merge threshold (if asked), that give the best mean F1 over the sets. */
    private static Model thresholds(MatchWeights weights, List<List<GroupingEvaluation.Replay>> sets,
                                    boolean merges) {
        Model best = null;
        double bestF1 = -1;
        for (double join : JOINS) {
            Model m = new Model(weights, join, MERGES[MERGES.length - 1]);
            double f1 = meanF1(m, sets);
            if (f1 > bestF1) {
                best = m;
                bestF1 = f1;
            }
        }
        for (double merge : merges ? MERGES : new double[0]) {
            if (merge == best.merge()) {
                continue;
            }
            Model m = new Model(weights, best.join(), merge);
            double f1 = meanF1(m, sets);
            if (f1 > bestF1) {
                best = m;
                bestF1 = f1;
            }
        }
        return best;
    }

    private static double meanF1(Model model, List<List<GroupingEvaluation.Replay>> sets) {
        double sum = 0;
        for (List<GroupingEvaluation.Replay> replays : sets) {
            PairwiseScores s = new PairwiseScores(0, 0, 0);
            for (GroupingEvaluation.Replay replay : replays) {
                s = s.plus(replay.assign(model.rules()).scores());
            }
            sum += s.f1();
        }
        return sum / sets.size();
    }

    /** The decisions the assigner faces on one replay under {@code rules}, labelled by the gold. */
    static List<LogisticRegression.Example> examples(GroupingEvaluation.Replay replay, StoryRules rules) {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryAssigner assigner = new StoryAssigner(index, rules);
        Map<String, String> groupOf = replay.gold().groupOf();
        List<String> placedGold = new ArrayList<>();
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (StoryArticle article : replay.articles()) {
            String group = groupOf.get(article.id());
            if (group != null) {
                Map<String, Set<String>> groupsByStory = new HashMap<>();
                placedGold.forEach(id -> groupsByStory.computeIfAbsent(index.storyOf(id).orElseThrow(),
                        k -> new HashSet<>()).add(groupOf.get(id)));
                boolean event = !GoldGroups.isDistractor(group);
                for (StoryAssigner.Candidate c : assigner.candidates(article).stream().limit(CONTENDERS).toList()) {
                    Set<String> groups = groupsByStory.getOrDefault(c.story().id(), Set.of());
                    if (c.features() != null && (event || !groups.isEmpty())) {
                        examples.add(new LogisticRegression.Example(c.features().values(),
                                event && groups.contains(group)));
                    }
                }
                placedGold.add(article.id());
            }
            assigner.assign(article);
        }
        return examples;
    }
}
