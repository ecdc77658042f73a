package org.marsad.bench.stories;

import java.util.List;

/**
 * The gold sets of the grouping evaluation and the corpora each is drawn from. {@link #DEV} is the set the
 * story rules were first tuned on; {@link #HELDOUT} was built afterwards, blind, from other days, and after its
 * errors were analysed became tuning data too. {@link #FINAL} was built blind from yet other days while both were
 * used for tuning, run once for a final report, and is now tuning data as well (spent). {@link #BLIND} was built
 * blind from yet other days while all three were tuning data, and was run once for a final report. {@link #BLIND2}
 * was built blind afterwards from yet other days, for the next final report: run once, never tuned on. Neither blind
 * set is ever tuned on.
 */
enum GoldSet {

    DEV("gold-groups.tsv", List.of(StoryCorpus.ANT)),
    HELDOUT("gold-groups-heldout.tsv", List.of(StoryCorpus.ANT, StoryCorpus.SAUDINEWSNET)),
    FINAL("gold-groups-final.tsv", List.of(StoryCorpus.ANT, StoryCorpus.SAUDINEWSNET)),
    BLIND("gold-groups-blind.tsv", List.of(StoryCorpus.ANT, StoryCorpus.SAUDINEWSNET)),
    BLIND2("gold-groups-blind2.tsv", List.of(StoryCorpus.ANT, StoryCorpus.SAUDINEWSNET));

    private final String resource;
    private final List<StoryCorpus> corpora;

    GoldSet(String resource, List<StoryCorpus> corpora) {
        this.resource = resource;
        this.corpora = corpora;
    }

    String resource() {
        return resource;
    }

    List<StoryCorpus> corpora() {
        return corpora;
    }

    /** The sets thresholds and weights may be chosen on: every set but the blind ones, which are for final reports only. */
    boolean tunable() {
        return this != BLIND && this != BLIND2;
    }

    static GoldSet named(String name) {
        return switch (name) {
            case "dev" -> DEV;
            case "heldout" -> HELDOUT;
            case "final" -> FINAL;
            case "blind" -> BLIND;
            case "blind2" -> BLIND2;
            default -> throw new IllegalArgumentException(
                    "unknown gold set " + name + " (dev, heldout, final, blind or blind2)");
        };
    }
}
