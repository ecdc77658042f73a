package org.marsad.gateway.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fans stored articles out to every connected stream client. Publishing never waits for a client: each one has
 * its own bounded buffer, and a client that falls that far behind is cut off (its EventSource reconnects and
 * the page reloads the latest articles) instead of slowing the Kafka consumer or the other clients.
 */
@ApplicationScoped
public class ArticleHub {

    private final BroadcastProcessor<StreamedArticle> processor = BroadcastProcessor.create();

    /** Called from the single Kafka polling thread, so items reach the processor one at a time. */
    void publish(StreamedArticle article) {
        processor.onNext(article);
    }

    /**
     * Articles published from now on, at most {@code buffer} of them held for a client that is not reading;
     * one more and the subscription fails with {@link BackPressureFailure}, which the caller turns into the end
     * of that client's connection.
     */
    public Multi<StreamedArticle> subscribe(int buffer) {
        return processor.onOverflow().buffer(buffer);
    }
}
