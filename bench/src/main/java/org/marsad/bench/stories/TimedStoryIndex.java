package org.marsad.bench.stories;

import org.marsad.store.story.DocumentFrequencies;
import org.marsad.store.story.NearDuplicate;
import org.marsad.store.story.Placement;
import org.marsad.store.story.StoryIndex;
import org.marsad.store.story.StoryProfile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Wall time per {@link StoryIndex} operation, summed over every index it wraps: where placement spends its time. */
final class TimedStoryIndex {

    private final Map<String, long[]> nanos = new TreeMap<>();

    StoryIndex around(StoryIndex index) {
        return new StoryIndex() {
            @Override
            public Optional<String> storyOf(String articleId) {
                return timed("storyOf", () -> index.storyOf(articleId));
            }

            @Override
            public DocumentFrequencies frequencies(Collection<String> keys) {
                return timed("frequencies", () -> index.frequencies(keys));
            }

            @Override
            public List<StoryProfile> candidates(Collection<String> keys, LocalDate from, LocalDate to, int limit) {
                return timed("candidates", () -> index.candidates(keys, from, to, limit));
            }

            @Override
            public Optional<StoryProfile> story(String id) {
                return timed("story", () -> index.story(id));
            }

            @Override
            public List<NearDuplicate> nearDuplicates(long fingerprint, int maxDistance) {
                return timed("nearDuplicates", () -> index.nearDuplicates(fingerprint, maxDistance));
            }

            @Override
            public void record(Placement placement) {
                timed("record", () -> {
                    index.record(placement);
                    return null;
                });
            }
        };
    }

    private <T> T timed(String operation, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            long[] slot = nanos.computeIfAbsent(operation, k -> new long[2]);
            slot[0] += System.nanoTime() - started;
            slot[1]++;
        }
    }

    void print(int articles) {
        System.out.println("| index operation | calls | ms per article |");
        System.out.println("|---|---|---|");
        nanos.forEach((operation, slot) -> System.out.printf("| %s | %,d | %.2f |%n", operation, slot[1],
                slot[0] / 1e6 / articles));
    }
}
