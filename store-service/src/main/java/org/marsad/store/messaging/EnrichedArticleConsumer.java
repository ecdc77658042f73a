package org.marsad.store.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.marsad.events.EnrichedArticle;
import org.marsad.store.service.ArticleStorage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes articles.enriched a poll at a time. Each unreadable or refused record is nacked on its own (the
 * dead-letter-queue strategy sends it to articles.dlq); the batch is acked only when the rest is stored and
 * announced and every dead letter is written, so no offset is committed past unfinished work.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);

    private final ArticleReader reader;
    private final ArticleStorage storage;

    public EnrichedArticleConsumer(ArticleReader reader, ArticleStorage storage) {
        this.reader = reader;
        this.storage = storage;
    }

    private record Received(KafkaRecord<String, byte[]> record, EnrichedArticle article) {
    }

    @Incoming("articles-enriched")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        try {
            return store(batch);
        } catch (RuntimeException e) {
            // Thrown out of this method, the failure would stop the channel; nacked, the batch goes to the DLQ.
            LOG.errorf(e, "could not store a batch of %d records; sending it to the dead letters",
                    batch.getRecords().size());
            return batch.nack(e);
        }
    }

    private CompletionStage<Void> store(KafkaRecordBatch<String, byte[]> batch) {
        List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
        List<Received> received = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            try {
                received.add(new Received(record, reader.read(record.getPayload())));
            } catch (InvalidArticleException e) {
                deadLetters.add(record.nack(e).toCompletableFuture());
            }
        }
        Map<String, RuntimeException> refused = storage.store(received.stream().map(Received::article).toList());
        for (Received r : received) {
            RuntimeException reason = refused.get(r.article().id());
            if (reason != null) {
                deadLetters.add(r.record().nack(reason).toCompletableFuture());
            }
        }
        CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new)).join();
        return batch.ack();
    }
}
