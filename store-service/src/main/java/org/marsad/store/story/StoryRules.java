package org.marsad.store.story;

import java.time.Duration;

/**
 * The knobs of story assignment. {@link #DEFAULTS} were learned on the grouping evaluation's dev, held-out and
 * final gold sets (bench's {@code StoryModelTraining}, docs/notes/learn.md): all three are tuning data, and only a
 * set built afterwards can give an unbiased figure.
 *
 * @param window           how far apart in time an article and a story may be at most
 * @param joinThreshold    probability (by {@code weights}) from which an article joins its best story
 * @param mergeThreshold   probability for a second story from which the article bridges (merges) the two
 * @param linkThreshold    content similarity from which a new story is linked to the closest story as one storyline
 * @param entityShare      share of that content similarity given to entities (the rest to terms)
 * @param keysPerKind      key entities and rare terms an article is indexed and looked up by (each)
 * @param candidates       most candidate stories compared per article
 * @param maxDuplicateBits fingerprints differing in at most this many bits are near-duplicates
 * @param coreSize         a story's first this many articles make its profile; later ones join without moving it
 * @param weights          the learned weights of the match score
 */
public record StoryRules(Duration window, double joinThreshold, double mergeThreshold, double linkThreshold,
                         double entityShare, int keysPerKind, int candidates, int maxDuplicateBits, int coreSize,
                         MatchWeights weights) {

    public static final StoryRules DEFAULTS = new StoryRules(Duration.ofDays(3), 0.30, 0.50, 0.10, 0.4, 6, 30, 3, 5,
            new MatchWeights(-4.187, 4.401, 8.269, 0.757, -0.227, 4.988, -0.179, -0.439, -0.567, 0.091));

    /** These rules with other match weights and thresholds (what training varies). */
    public StoryRules withModel(MatchWeights weights, double joinThreshold, double mergeThreshold) {
        return new StoryRules(window, joinThreshold, mergeThreshold, linkThreshold, entityShare, keysPerKind,
                candidates, maxDuplicateBits, coreSize, weights);
    }
}
