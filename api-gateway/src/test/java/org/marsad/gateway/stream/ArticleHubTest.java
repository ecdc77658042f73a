package org.marsad.gateway.stream;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleStored;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleHubTest {

    private final ArticleHub hub = new ArticleHub();

    @Test
    void deliversEveryArticleToEveryReadingClient() {
        AssertSubscriber<StreamedArticle> first = hub.subscribe(4).subscribe().withSubscriber(AssertSubscriber.create(100));
        AssertSubscriber<StreamedArticle> second = hub.subscribe(4).subscribe().withSubscriber(AssertSubscriber.create(100));

        for (int i = 0; i < 10; i++) {
            hub.publish(article(i));
        }

        assertThat(first.getItems()).extracting(StreamedArticle::eventId).hasSize(10).startsWith("0-0");
        assertThat(second.getItems()).hasSize(10);
    }

    @Test
    void cutsOffClientThatFallsBehindItsBufferWithoutHoldingBackTheOthers() {
        AssertSubscriber<StreamedArticle> stuck = hub.subscribe(4).subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<StreamedArticle> reading = hub.subscribe(4).subscribe().withSubscriber(AssertSubscriber.create(100));

        for (int i = 0; i < 20; i++) {
            hub.publish(article(i));
        }

        stuck.assertFailedWith(BackPressureFailure.class);
        assertThat(reading.getItems()).hasSize(20);
        reading.assertNotTerminated();
    }

    @Test
    void holdsBurstForClientWithinItsBuffer() {
        AssertSubscriber<StreamedArticle> slow = hub.subscribe(8).subscribe().withSubscriber(AssertSubscriber.create(0));

        for (int i = 0; i < 8; i++) {
            hub.publish(article(i));
        }
        slow.request(8);

        assertThat(slow.getItems()).hasSize(8);
        slow.assertNotTerminated();
    }

    private static StreamedArticle article(int n) {
        return new StreamedArticle("0-" + n, new ArticleStored(ArticleStored.SCHEMA_VERSION, "id" + n, "BBC",
                "Title " + n, "en", null, null, Instant.now(), null));
    }
}
