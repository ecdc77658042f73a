package org.marsad.gateway.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.marsad.events.ArticleStored;

import java.io.IOException;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code articles.stored} and hands each announcement to the {@link ArticleHub}. Values arrive as bytes
 * and are parsed here, so a message that is not an ArticleStored is nacked and dead-lettered (channel config)
 * instead of stopping the stream.
 */
@ApplicationScoped
public class StoredArticleListener {

    private final ArticleHub hub;
    private final ObjectMapper json;

    public StoredArticleListener(ArticleHub hub, ObjectMapper json) {
        this.hub = hub;
        this.json = json;
    }

    @Incoming("articles-stored")
    public CompletionStage<Void> onStored(Message<byte[]> message) {
        ArticleStored article;
        try {
            article = parse(message.getPayload());
        } catch (IOException | IllegalArgumentException e) {
            return message.nack(e);
        }
        String eventId = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getPartition() + "-" + kafka.getOffset())
                .orElse(article.id());
        hub.publish(new StreamedArticle(eventId, article));
        return message.ack();
    }

    private ArticleStored parse(byte[] value) throws IOException {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("empty value, expected an ArticleStored JSON object");
        }
        ArticleStored article = json.readValue(value, ArticleStored.class);
        if (article == null || article.id() == null || article.id().isBlank()) {
            throw new IllegalArgumentException("ArticleStored without an id");
        }
        return article;
    }
}
