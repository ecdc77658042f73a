package org.marsad.gateway.stream;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Reads {@code articles.stored} and {@code stories.updated} (one channel, one consumer, so the hub sees one
 * order) and hands each announcement to the {@link StreamHub}. Values arrive as bytes and are parsed here, so a
 * record that is not an announcement is nacked and dead-lettered (channel config) instead of stopping the stream.
 */
@ApplicationScoped
public class StreamListener {

    private final StreamHub hub;
    private final StreamRecords records;

    public StreamListener(StreamHub hub, StreamRecords records) {
        this.hub = hub;
        this.records = records;
    }

    @Incoming("live-stream")
    public CompletionStage<Void> onRecord(Message<byte[]> message) {
        IncomingKafkaRecordMetadata<?, ?> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("live-stream reads Kafka records only"));
        try {
            hub.publish(records.parse(kafka.getTopic(), kafka.getPartition(), kafka.getOffset(), message.getPayload()));
        } catch (IllegalArgumentException e) {
            hub.skip(new StreamPartition(kafka.getTopic(), kafka.getPartition()), kafka.getOffset());
            return message.nack(e);
        }
        return message.ack();
    }
}
