package org.marsad.ingest.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.marsad.events.RawArticle;

import java.util.concurrent.CompletableFuture;

/**
 * Publishes articles to {@code articles.raw}, keyed by article id. The returned stage completes when the
 * broker has acknowledged the record (acks=all), or fails: callers record an article as seen only then.
 */
@ApplicationScoped
public class RawArticlePublisher {

    private final Emitter<RawArticle> emitter;

    // The buffer holds records handed over before the connector requests them; bulk batches are smaller.
    public RawArticlePublisher(@Channel("articles-raw")
                               @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                               Emitter<RawArticle> emitter) {
        this.emitter = emitter;
    }

    public CompletableFuture<Void> publish(RawArticle article) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> key = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(article.id())
                .build();
        Message<RawArticle> message = Message.of(article, Metadata.of(key))
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // Buffer full or channel down: report it like a broker failure rather than throwing at the caller.
            acked.completeExceptionally(e);
        }
        return acked;
    }
}
