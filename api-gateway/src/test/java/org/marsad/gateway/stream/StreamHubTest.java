package org.marsad.gateway.stream;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleStored;
import org.marsad.events.StoryUpdated;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StreamHubTest {

    private static final StreamPartition A0 = new StreamPartition(ArticleStored.TOPIC, 0);
    private static final StreamPartition A1 = new StreamPartition(ArticleStored.TOPIC, 1);
    private static final StreamPartition S0 = new StreamPartition(StoryUpdated.TOPIC, 0);

    private final StreamHub hub = new StreamHub(4);

    @BeforeEach
    void assignPartitions() {
        hub.startsAt(A0, 100);
        hub.startsAt(A1, 0);
        hub.startsAt(S0, 7);
    }

    @Test
    void deliversEveryRecordToEveryReadingClient() {
        AssertSubscriber<StreamEvent> first = live(hub.join(Optional.empty(), 4), 100);
        AssertSubscriber<StreamEvent> second = live(hub.join(Optional.empty(), 4), 100);

        for (int i = 0; i < 10; i++) {
            hub.publish(article(A1, i));
        }

        assertThat(first.getItems()).extracting(StreamEvent::offset).hasSize(10).startsWith(0L, 1L);
        assertThat(second.getItems()).hasSize(10);
    }

    @Test
    void cutsOffClientThatFallsBehindItsQueueWithoutHoldingBackTheOthers() {
        AssertSubscriber<StreamEvent> stuck = live(hub.join(Optional.empty(), 4), 0);
        AssertSubscriber<StreamEvent> reading = live(hub.join(Optional.empty(), 4), 100);

        for (int i = 0; i < 20; i++) {
            hub.publish(article(A1, i));
        }

        assertThat(reading.getItems()).hasSize(20);
        reading.assertNotTerminated();
        // The stuck client gets what its queue held, then the end of its stream (to resume from its last id).
        stuck.request(100);
        stuck.assertFailedWith(BackPressureFailure.class);
        assertThat(stuck.getItems()).extracting(StreamEvent::offset).containsExactly(0L, 1L, 2L, 3L);
        assertThat(hub.clients()).isEqualTo(1);
    }

    @Test
    void positionNamesEveryAssignedPartitionFromTheStart() {
        assertThat(hub.join(Optional.empty(), 4).now().encode())
                .isEqualTo("a0:100,a1:0,s0:7");

        hub.publish(article(A0, 100));
        hub.publish(story(S0, 7));
        hub.skip(A1, 0);

        assertThat(hub.join(Optional.empty(), 4).now().encode()).isEqualTo("a0:101,a1:1,s0:8");
    }

    @Test
    void resumesFromMemoryWithExactlyTheRecordsAfterThePosition() {
        hub.publish(article(A0, 100));
        StreamPosition seen = hub.join(Optional.empty(), 4).now();
        hub.publish(article(A0, 101));
        hub.publish(story(S0, 7));

        StreamHub.Joined joined = hub.join(Optional.of(seen), 4);

        assertThat(joined.missed()).get().asList().extracting("offset").containsExactly(101L, 7L);
    }

    @Test
    void sendsResumptionToKafkaOnceMemoryNoLongerHoldsEverything() {
        StreamPosition seen = hub.join(Optional.empty(), 4).now();
        for (int i = 0; i < 5; i++) {
            hub.publish(article(A1, i));
        }

        assertThat(hub.join(Optional.of(seen), 4).missed()).isEmpty();
        // A position further on is still served from memory: it lost nothing that was evicted.
        StreamPosition later = seen.after(A1, 0);
        assertThat(hub.join(Optional.of(later), 4).missed()).get().asList().hasSize(4);
    }

    @Test
    void positionFromAnOlderStartThanThisGatewaysGoesToKafka() {
        StreamPosition beforeThisGateway = new StreamPosition(java.util.Map.of(A0, 90L, A1, 0L, S0, 7L));

        assertThat(hub.join(Optional.of(beforeThisGateway), 4).missed()).isEmpty();
    }

    @Test
    void liveQueueStartsRightAfterTheReplay() {
        StreamPosition seen = hub.join(Optional.empty(), 4).now();
        hub.publish(article(A1, 0));
        StreamHub.Joined joined = hub.join(Optional.of(seen), 4);
        hub.publish(article(A1, 1));

        assertThat(joined.missed()).get().asList().extracting("offset").containsExactly(0L);
        assertThat(live(joined, 10).getItems()).extracting(StreamEvent::offset).containsExactly(1L);
    }

    @Test
    void clientThatLeavesBeforeReadingIsForgotten() {
        StreamHub.Joined joined = hub.join(Optional.of(hub.started()), 4);
        assertThat(hub.clients()).isEqualTo(1);

        joined.leave().run();

        assertThat(hub.clients()).isZero();
    }

    private static AssertSubscriber<StreamEvent> live(StreamHub.Joined joined, long requested) {
        return joined.live().subscribe().withSubscriber(AssertSubscriber.create(requested));
    }

    static StreamEvent article(StreamPartition partition, long offset) {
        return new StreamEvent(partition, offset, new ArticleStored(ArticleStored.SCHEMA_VERSION, "id" + offset,
                "BBC", "Title " + offset, "en", null, null, Instant.now(), null));
    }

    static StreamEvent story(StreamPartition partition, long offset) {
        return new StreamEvent(partition, offset, new StoryUpdated(StoryUpdated.SCHEMA_VERSION, "st" + offset,
                "Story", 2, List.of("BBC", "SANA"), List.of("ar", "en"), null, null, Instant.now(), null, null, null));
    }
}
