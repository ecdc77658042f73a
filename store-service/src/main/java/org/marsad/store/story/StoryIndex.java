package org.marsad.store.story;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The state story assignment reads and writes: which story each article is in, the stories' profiles, a bounded
 * candidate index (keys by day), document frequencies and a banded fingerprint index. PostgreSQL backs it in the
 * service ({@code JdbcStoryIndex}); {@link InMemoryStoryIndex} backs evaluations and tests.
 */
public interface StoryIndex {

    /** The current story of an article (after merges), if it has one. */
    Optional<String> storyOf(String articleId);

    DocumentFrequencies frequencies(Collection<String> keys);

    /**
     * Live (not merged away) stories that posted any of {@code keys} on a day from {@code from} to {@code to},
     * those sharing the most keys first (ties by id), at most {@code limit}.
     */
    List<StoryProfile> candidates(Collection<String> keys, LocalDate from, LocalDate to, int limit);

    /** A live story's profile, following merges to the survivor. */
    Optional<StoryProfile> story(String id);

    /** Earlier articles whose fingerprint differs from {@code fingerprint} in at most {@code maxDistance} bits. */
    List<NearDuplicate> nearDuplicates(long fingerprint, int maxDistance);

    /** Records a placement (see {@link Placement}). */
    void record(Placement placement);
}
