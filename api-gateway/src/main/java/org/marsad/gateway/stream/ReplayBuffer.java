package org.marsad.gateway.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last {@code capacity} stream records in arrival order, so that a client reconnecting after a short break
 * is served from memory. Per partition it knows its floor: the first offset from which it still holds every
 * record (where this gateway started reading, raised as old records are evicted). Not thread-safe: the
 * {@link StreamHub} guards it.
 */
final class ReplayBuffer {

    private final int capacity;
    private final Deque<StreamEvent> events = new ArrayDeque<>();
    private final Map<StreamPartition, Long> floors = new HashMap<>();

    ReplayBuffer(int capacity) {
        this.capacity = capacity;
    }

    /** This gateway reads {@code partition} from {@code offset} on: nothing before it will ever be here. */
    void startsAt(StreamPartition partition, long offset) {
        floors.merge(partition, offset, Math::max);
    }

    void add(StreamEvent event) {
        events.addLast(event);
        floors.putIfAbsent(event.partition(), event.offset());
        while (events.size() > capacity) {
            StreamEvent evicted = events.removeFirst();
            floors.merge(evicted.partition(), evicted.offset() + 1, Math::max);
        }
    }

    /**
     * Every held record after {@code position}, oldest first; empty when the buffer no longer holds all of them
     * (a partition the position is further back in than the floor, or one this gateway never read).
     */
    Optional<List<StreamEvent>> after(StreamPosition position) {
        for (Map.Entry<StreamPartition, Long> from : position.next().entrySet()) {
            Long floor = floors.get(from.getKey());
            if (floor == null || from.getValue() < floor) {
                return Optional.empty();
            }
        }
        List<StreamEvent> missed = new ArrayList<>();
        for (StreamEvent event : events) {
            if (position.isAhead(event.partition(), event.offset())) {
                missed.add(event);
            }
        }
        return Optional.of(missed);
    }
}
