package org.marsad.store.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link StoryIndex} in memory with the same structure as the database one (keys by day, four fingerprint
 * bands): for the grouping evaluation and unit tests. Not thread-safe: one assigner at a time.
 */
public final class InMemoryStoryIndex implements StoryIndex {

    private final Map<String, String> storyOfArticle = new HashMap<>();
    private final Map<String, StoryProfile> stories = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Set<String>>> postings = new HashMap<>();
    private final Map<String, Integer> frequencies = new HashMap<>();
    private final List<Map<Integer, List<String>>> bands = new ArrayList<>();
    private final Map<String, Long> fingerprints = new HashMap<>();
    private final Map<String, Set<String>> links = new HashMap<>();
    private long documents;

    public InMemoryStoryIndex() {
        for (int b = 0; b < SimHashBands.BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyOfArticle.get(articleId)).map(this::resolve);
    }

    @Override
    public DocumentFrequencies frequencies(Collection<String> keys) {
        Map<String, Integer> counts = new HashMap<>();
        keys.forEach(k -> {
            Integer n = frequencies.get(k);
            if (n != null) {
                counts.put(k, n);
            }
        });
        return new DocumentFrequencies(documents, counts);
    }

    @Override
    public List<StoryProfile> candidates(Collection<String> keys, LocalDate from, LocalDate to, int limit) {
        Map<String, Integer> shared = new TreeMap<>();
        for (String key : keys) {
            TreeMap<LocalDate, Set<String>> days = postings.get(key);
            if (days == null) {
                continue;
            }
            Set<String> storiesWithKey = new TreeSet<>();
            days.subMap(from, true, to, true).values().forEach(ids -> ids.forEach(id -> storiesWithKey.add(resolve(id))));
            storiesWithKey.forEach(id -> shared.merge(id, 1, Integer::sum));
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> stories.get(e.getKey())).toList();
    }

    @Override
    public Optional<StoryProfile> story(String id) {
        return Optional.ofNullable(stories.get(resolve(id)));
    }

    @Override
    public List<NearDuplicate> nearDuplicates(long fingerprint, int maxDistance) {
        Set<String> seen = new TreeSet<>();
        for (int b = 0; b < SimHashBands.BANDS; b++) {
            seen.addAll(bands.get(b).getOrDefault(SimHashBands.band(fingerprint, b), List.of()));
        }
        List<NearDuplicate> found = new ArrayList<>();
        for (String articleId : seen) {
            int distance = SimHashBands.distance(fingerprint, fingerprints.get(articleId));
            if (distance <= maxDistance) {
                found.add(new NearDuplicate(articleId, storyOf(articleId).orElseThrow(), distance));
            }
        }
        found.sort(Comparator.comparingInt(NearDuplicate::distance).thenComparing(NearDuplicate::articleId));
        return found;
    }

    @Override
    public void record(Placement placement) {
        Assignment a = placement.assignment();
        for (String merged : a.mergedStoryIds()) {
            mergedInto.put(merged, a.storyId());
            stories.remove(merged);
        }
        stories.put(a.storyId(), placement.story());
        storyOfArticle.put(a.articleId(), a.storyId());
        LocalDate day = placement.article().day();
        placement.postedKeys().forEach(k ->
                postings.computeIfAbsent(k, x -> new TreeMap<>()).computeIfAbsent(day, x -> new TreeSet<>())
                        .add(a.storyId()));
        placement.countedKeys().forEach(k -> frequencies.merge(k, 1, Integer::sum));
        documents++;
        placement.fingerprint().ifPresent(fp -> {
            fingerprints.put(a.articleId(), fp);
            for (int b = 0; b < SimHashBands.BANDS; b++) {
                bands.get(b).computeIfAbsent(SimHashBands.band(fp, b), x -> new ArrayList<>()).add(a.articleId());
            }
        });
        a.linkedStoryIds().forEach(other -> links.computeIfAbsent(a.storyId(), x -> new TreeSet<>()).add(other));
    }

    /** Stories recorded as linked to {@code storyId} (storyline links it made). */
    public Set<String> linksOf(String storyId) {
        return links.getOrDefault(storyId, Set.of());
    }

    /** The id a story is known by now (a merged story resolves to its survivor). */
    public String resolve(String storyId) {
        String id = storyId;
        while (mergedInto.containsKey(id)) {
            id = mergedInto.get(id);
        }
        return id;
    }
}
