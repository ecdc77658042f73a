package org.marsad.gateway.stream;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a reader stands in every partition the stream follows: for each, the offset of the next record it has
 * not seen. This is what an SSE event id carries ({@code a0:17,a1:4,s0:9}), so a client that sends the id back
 * as {@code Last-Event-ID} can be given exactly the records after it, by any gateway instance, even after a
 * restart: offsets belong to Kafka, not to the gateway.
 */
public record StreamPosition(Map<StreamPartition, Long> next) {

    public StreamPosition {
        next = Collections.unmodifiableMap(new TreeMap<>(next));
    }

    public static StreamPosition empty() {
        return new StreamPosition(Map.of());
    }

    /** Reads an event id; empty when it is not one of ours (an old format, a hand-typed value). */
    public static Optional<StreamPosition> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            Map<StreamPartition, Long> next = new TreeMap<>();
            for (String part : id.strip().split(",")) {
                int colon = part.indexOf(':');
                if (colon < 0) {
                    return Optional.empty();
                }
                long offset = Long.parseLong(part.substring(colon + 1));
                if (offset < 0 || next.put(StreamPartition.ofCode(part.substring(0, colon)), offset) != null) {
                    return Optional.empty();
                }
            }
            return Optional.of(new StreamPosition(next));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public String encode() {
        return next.entrySet().stream().map(e -> e.getKey().code() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** The offset of the next unseen record of this partition, or {@code fallback} when it is not known here. */
    public long nextOf(StreamPartition partition, long fallback) {
        return next.getOrDefault(partition, fallback);
    }

    /** True when the record at this offset has not been seen from here. */
    public boolean isAhead(StreamPartition partition, long offset) {
        Long from = next.get(partition);
        return from == null || offset >= from;
    }

    /** This position after the record at {@code offset} of {@code partition}. */
    public StreamPosition after(StreamPartition partition, long offset) {
        Map<StreamPartition, Long> moved = new TreeMap<>(next);
        moved.merge(partition, offset + 1, Math::max);
        return new StreamPosition(moved);
    }

    /** This position, completed with {@code defaults} for the partitions it does not name. */
    public StreamPosition orElse(StreamPosition defaults) {
        Map<StreamPartition, Long> completed = new TreeMap<>(defaults.next);
        completed.putAll(next);
        return new StreamPosition(completed);
    }
}
