package org.marsad.gateway.stream;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.marsad.gateway.config.GatewayConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads from Kafka what a returning client missed when it is no longer in the hub's memory: a consumer of its
 * own, with no group, seeks each partition to the client's position and reads up to where the hub stood when
 * the client joined (the live queue has everything after that). Blocking: run it on a worker thread.
 */
@ApplicationScoped
public class KafkaCatchUp {

    /** What was read, and whether it is all of it (false: too far behind, too slow, or trimmed by retention). */
    public record Missed(List<StreamEvent> events, boolean complete) {
    }

    private static final Logger LOG = Logger.getLogger(KafkaCatchUp.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;
    private final StreamRecords records;
    private final int maxRecords;
    private final Duration timeout;

    public KafkaCatchUp(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                        StreamRecords records, GatewayConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.records = records;
        this.maxRecords = config.stream().maxCatchUp();
        this.timeout = config.stream().catchUpTimeout();
    }

    /** The records after {@code from} and before {@code until}, partition by partition in offset order. */
    public Missed read(StreamPosition from, StreamPosition until) {
        Map<TopicPartition, long[]> ranges = until.next().entrySet().stream()
                .filter(e -> from.nextOf(e.getKey(), e.getValue()) < e.getValue())
                .collect(Collectors.toMap(e -> new TopicPartition(e.getKey().topic(), e.getKey().partition()),
                        e -> new long[] {from.nextOf(e.getKey(), e.getValue()), e.getValue()}));
        long behind = ranges.values().stream().mapToLong(r -> r[1] - r[0]).sum();
        if (ranges.isEmpty()) {
            return new Missed(List.of(), true);
        }
        if (behind > maxRecords) {
            return new Missed(List.of(), false);
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.CLIENT_ID_CONFIG, "gateway-stream-catch-up"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(ranges.keySet());
            boolean complete = true;
            for (Map.Entry<TopicPartition, Long> first : consumer.beginningOffsets(ranges.keySet()).entrySet()) {
                long[] range = ranges.get(first.getKey());
                // Retention removed part of what the client missed: say so rather than pretend.
                complete &= first.getValue() <= range[0];
                consumer.seek(first.getKey(), Math.max(range[0], first.getValue()));
            }
            List<StreamEvent> missed = new ArrayList<>();
            Set<TopicPartition> open = new HashSet<>(ranges.keySet());
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ranges.get(tp)[1]) {
                        readable(record).ifPresent(missed::add);
                    }
                }
                open.removeIf(tp -> consumer.position(tp) >= ranges.get(tp)[1]);
                consumer.pause(ranges.keySet().stream().filter(tp -> !open.contains(tp)).toList());
            }
            missed.sort(Comparator.comparing(StreamEvent::partition).thenComparingLong(StreamEvent::offset));
            return new Missed(missed, complete && open.isEmpty());
        }
    }

    private Optional<StreamEvent> readable(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(records.parse(record.topic(), record.partition(), record.offset(),
                    record.value()));
        } catch (IllegalArgumentException e) {
            LOG.debugf("catch-up skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Optional.empty();
        }
    }
}
