package org.marsad.gateway.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.marsad.gateway.config.GatewayConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Fans stream records out to every connected client and remembers the recent ones for clients that come back.
 * Publishing never waits for a client: each has a bounded queue of its own, and one that falls that far behind
 * is cut off (its EventSource reconnects with its last id and resumes) instead of slowing the consumer.
 * <p>
 * Joining and publishing take the same lock, so a client's replay and its live queue meet without a gap and
 * without an overlap.
 */
@ApplicationScoped
public class StreamHub {

    /**
     * What a joining client gets: where the hub stood, what it missed (when held in memory), what comes next, and
     * how to leave (also when it goes before it ever read its live queue).
     */
    public record Joined(StreamPosition now, Optional<List<StreamEvent>> missed, Multi<StreamEvent> live,
                         Runnable leave) {
    }

    private final ReplayBuffer recent;
    private final Map<StreamPartition, Long> start = new TreeMap<>();
    private final Set<UnicastProcessor<StreamEvent>> clients = new CopyOnWriteArraySet<>();
    private StreamPosition now = StreamPosition.empty();

    @Inject
    public StreamHub(GatewayConfig config) {
        this(config.stream().replay());
    }

    StreamHub(int replayCapacity) {
        this.recent = new ReplayBuffer(replayCapacity);
    }

    /** The consumer reads {@code partition} from {@code offset} on (called when partitions are assigned). */
    public synchronized void startsAt(StreamPartition partition, long offset) {
        start.putIfAbsent(partition, offset);
        recent.startsAt(partition, offset);
        if (now.isAhead(partition, offset)) {
            now = now.after(partition, offset - 1);
        }
    }

    /** Called from the Kafka polling thread, one record at a time. */
    public synchronized void publish(StreamEvent event) {
        recent.add(event);
        now = now.after(event.partition(), event.offset());
        for (UnicastProcessor<StreamEvent> client : clients) {
            // A full queue fails that client's stream with BackPressureFailure; the others go on.
            client.onNext(event);
        }
    }

    /** A record that will never be published (unreadable, dead-lettered): the position still moves past it. */
    public synchronized void skip(StreamPartition partition, long offset) {
        now = now.after(partition, offset);
    }

    /**
     * Joins the stream. With a position to resume from, {@code missed} holds the records after it when they are
     * all still in memory, else it is empty and the caller reads them from Kafka up to {@code now}.
     *
     * @param liveQueue records held for this client while it is not reading; one more fails its live stream
     *                  with {@link BackPressureFailure}
     */
    public synchronized Joined join(Optional<StreamPosition> resumeFrom, int liveQueue) {
        UnicastProcessor<StreamEvent> live = UnicastProcessor.create(new ArrayBlockingQueue<>(liveQueue), null);
        clients.add(live);
        Optional<List<StreamEvent>> missed = resumeFrom.map(from -> from.orElse(started()))
                .map(recent::after).orElse(Optional.of(List.of()));
        Runnable leave = () -> clients.remove(live);
        return new Joined(now, missed, live.onTermination().invoke(leave), leave);
    }

    /** Where this gateway started reading each partition. */
    public synchronized StreamPosition started() {
        return new StreamPosition(start);
    }

    /** Whether partitions are assigned, i.e. the stream is reading. */
    public synchronized boolean listening() {
        return !start.isEmpty();
    }

    int clients() {
        return clients.size();
    }
}
