package org.marsad.nlp.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.RawArticle;
import org.marsad.nlp.core.EnrichmentPipeline;

import java.time.Clock;

/**
 * {@code articles.raw} -> {@code articles.enriched}, keyed by article id. The NLP work runs on worker threads,
 * several articles at once ({@code ordered = false}: each article is independent, and offsets are still committed
 * in order, so delivery stays at-least-once). A message that cannot be read throws, is nacked, and the channel's
 * dead-letter strategy puts it on {@code articles.dlq} with the reason; the stream goes on.
 */
@ApplicationScoped
public class ArticleEnricher {

    private static final Logger LOG = Logger.getLogger(ArticleEnricher.class);

    private final RawArticleReader reader;
    private final EnrichmentPipeline pipeline;
    private final Clock clock;

    public ArticleEnricher(RawArticleReader reader, EnrichmentPipeline pipeline) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.clock = Clock.systemUTC();
    }

    @Incoming("articles-raw")
    @Outgoing("articles-enriched")
    @Blocking(ordered = false)
    public Record<String, EnrichedArticle> enrich(ConsumerRecord<String, byte[]> record) {
        RawArticle article;
        try {
            article = reader.read(record.value());
        } catch (InvalidArticleException e) {
            LOG.warnf("articles.raw partition %d offset %d (key %s) goes to the dead-letter topic: %s",
                    record.partition(), record.offset(), record.key(), e.getMessage());
            throw e;
        }
        EnrichedArticle enriched = EnrichedArticle.of(article, pipeline.enrich(article), clock.instant());
        return Record.of(article.id(), enriched);
    }
}
