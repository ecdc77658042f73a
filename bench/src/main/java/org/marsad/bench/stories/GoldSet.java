package org.marsad.bench.stories;

import java.util.List;

/**
 * The gold sets of the grouping evaluation and the corpora each is drawn from. {@link #DEV} is the set the
 * story rules were first tuned on; {@link #HELDOUT} was built afterwards, blind, from other days, and after its
 * errors were analysed became tuning data too. {@link #FINAL} was built blind from yet other days while both were
 * used for tuning, run once for a final report, and is now tuning data as well (spent).
 */
enum GoldSet {

    DEV("gold-groups.tsv", List.of(StoryCorpus.ANT)),
    HELDOUT("gold-groups-heldout.tsv", List.of(StoryCorpus.ANT, StoryCorpus.SAUDINEWSNET)),
    FINAL("gold-groups-final.tsv", List.of(StoryCorpus.ANT, StoryCorpus.SAUDINEWSNET));

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

    /** The sets thresholds may be chosen on: all three have been (a blind set for the next report is being built). */
    boolean tunable() {
        return true;
    }

    static GoldSet named(String name) {
        return switch (name) {
            case "dev" -> DEV;
            case "heldout" -> HELDOUT;
            case "final" -> FINAL;
            default -> throw new IllegalArgumentException("unknown gold set " + name + " (dev, heldout or final)");
        };
    }
}
