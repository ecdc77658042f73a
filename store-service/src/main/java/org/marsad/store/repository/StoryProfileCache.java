package org.marsad.store.repository;

import org.marsad.store.story.StoryProfile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Story profiles already read or written, so placing an article does not parse the JSON profiles of its thirty
 * candidate stories again. Each entry carries the story row's {@code seq}, which every write of the row renews
 * from a sequence: an entry is used only while the row still has that seq, so another store instance's write, a
 * merge or a rolled-back transaction (whose seq no row keeps) simply makes it miss. Least recently used entries go
 * first once {@code capacity} is reached.
 */
public final class StoryProfileCache {

    private record Entry(long seq, StoryProfile profile) {
    }

    private final Map<String, Entry> entries;

    public StoryProfileCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The profile of story {@code id} as of row version {@code seq}, if cached. */
    public synchronized Optional<StoryProfile> get(String id, long seq) {
        Entry entry = entries.get(id);
        return entry != null && entry.seq() == seq ? Optional.of(entry.profile()) : Optional.empty();
    }

    public synchronized void put(long seq, StoryProfile profile) {
        entries.put(profile.id(), new Entry(seq, profile));
    }

    public synchronized int size() {
        return entries.size();
    }
}
