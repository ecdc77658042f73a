package org.marsad.gateway.stream;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;

/**
 * Tells the hub where the stream consumer starts in each partition as soon as it has them, so every event id
 * names every partition, including those nothing has arrived on yet: a client that resumes is then given
 * records of those partitions too.
 */
@ApplicationScoped
@Identifier(StreamRebalanceListener.NAME)
public class StreamRebalanceListener implements KafkaConsumerRebalanceListener {

    public static final String NAME = "live-stream-positions";

    private final StreamHub hub;

    public StreamRebalanceListener(StreamHub hub) {
        this.hub = hub;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            hub.startsAt(new StreamPartition(partition.topic(), partition.partition()), consumer.position(partition));
        }
    }
}
