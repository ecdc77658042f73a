package org.marsad.store.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.marsad.events.StoryUpdated;
import org.marsad.store.config.StoreConfig;
import org.marsad.store.domain.StoryChange;
import org.marsad.store.repository.StoryWriteRepository;
import org.marsad.store.repository.Transactions;

import java.util.List;

/**
 * Announces changed stories on stories.updated, outbox-style: a story row stays {@code announced = false} until
 * the broker acknowledged the announcement of that version, and every batch announces whatever is pending, so a
 * crash between commit and send only delays an announcement (sent again at worst: consumers take the latest).
 */
@ApplicationScoped
public class StoryAnnouncer {

    /** Most announcements sent and awaited at once. */
    static final int BATCH = 500;

    private final Transactions transactions;
    private final StoryWriteRepository stories;
    private final ArticleMapper mapper;
    private final StoreConfig config;
    private final MutinyEmitter<StoryUpdated> updated;

    public StoryAnnouncer(Transactions transactions, StoryWriteRepository stories, ArticleMapper mapper,
                          StoreConfig config,
                          @Channel("stories-updated") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                          MutinyEmitter<StoryUpdated> updated) {
        this.transactions = transactions;
        this.stories = stories;
        this.mapper = mapper;
        this.config = config;
        this.updated = updated;
    }

    /** Sends every pending story announcement and waits for the broker; throws when it does not acknowledge. */
    public void announcePending() {
        while (true) {
            List<StoryChange> pending = transactions.withConnection(c -> stories.unannounced(c, BATCH));
            if (pending.isEmpty()) {
                return;
            }
            List<Uni<Void>> sends = pending.stream()
                    .map(s -> updated.sendMessage(KafkaRecord.of(s.id(), mapper.toEvent(s))))
                    .toList();
            Uni.join().all(sends).andFailFast().await().atMost(config.announceTimeout());
            transactions.withConnection(c -> {
                stories.markAnnounced(c, pending);
                return null;
            });
            if (pending.size() < BATCH) {
                return;
            }
        }
    }
}
