package org.marsad.store.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.marsad.events.ArticleStored;
import org.marsad.events.EnrichedArticle;
import org.marsad.store.config.StoreConfig;
import org.marsad.store.domain.Announcement;
import org.marsad.store.domain.ArticleVersion;
import org.marsad.store.repository.ArticleWriteRepository;
import org.marsad.store.repository.DataAccessException;
import org.marsad.store.repository.EntityWriteRepository;
import org.marsad.store.repository.Transactions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores enriched articles idempotently and announces each new or changed one on articles.stored.
 *
 * <p>A batch is written in one transaction (articles, entities, links). Announcing comes after the commit; a
 * row stays {@code announced = false} until the broker acknowledged its announcement, so a crash in between
 * is repaired when the same articles are consumed again. Each new article is placed into a story in the same
 * transaction, and changed stories are announced on stories.updated the same way (see {@link StoryAnnouncer}).
 */
@ApplicationScoped
public class ArticleStorage {

    private static final Logger LOG = Logger.getLogger(ArticleStorage.class);
    static final Duration MAX_OUTAGE_WAIT = Duration.ofSeconds(30);

    private final Transactions transactions;
    private final ArticleWriteRepository articles;
    private final EntityWriteRepository entities;
    private final ArticleMapper mapper;
    private final StoryPlacement stories;
    private final StoryAnnouncer storyAnnouncer;
    private final MutinyEmitter<ArticleStored> stored;
    private final StoreConfig config;

    public ArticleStorage(Transactions transactions, ArticleWriteRepository articles, EntityWriteRepository entities,
                          ArticleMapper mapper, StoryPlacement stories, StoryAnnouncer storyAnnouncer,
                          StoreConfig config,
                          // Room for a whole poll's announcements at once (max.poll.records is 500).
                          @Channel("articles-stored") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                          MutinyEmitter<ArticleStored> stored) {
        this.transactions = transactions;
        this.articles = articles;
        this.entities = entities;
        this.mapper = mapper;
        this.stories = stories;
        this.storyAnnouncer = storyAnnouncer;
        this.config = config;
        this.stored = stored;
    }

    /**
     * Writes a batch, waiting out a database outage (backing off up to {@link #MAX_OUTAGE_WAIT} between tries) so
     * that an outage delays articles instead of dead-lettering them. A failure while the database answers is a
     * refusal of the data, and is thrown.
     */
    private List<Announcement> writeThroughOutages(Collection<ArticleVersion> versions) {
        Duration wait = Duration.ofSeconds(1);
        while (true) {
            try {
                return write(versions);
            } catch (DataAccessException e) {
                if (transactions.databaseAnswers() || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                LOG.warnf("database unreachable (%s); retrying %d articles in %d s", e.getMessage(), versions.size(),
                        wait.toSeconds());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait = wait.multipliedBy(2).compareTo(MAX_OUTAGE_WAIT) > 0 ? MAX_OUTAGE_WAIT : wait.multipliedBy(2);
            }
        }
    }

    /**
     * Stores {@code batch} and waits until every announcement it caused is acknowledged.
     *
     * @return the ids of the articles the database refused, with the reason; the others are stored
     * @throws RuntimeException when the announcements could not be sent (the articles are stored, unannounced)
     */
    public Map<String, RuntimeException> store(List<EnrichedArticle> batch) {
        long start = System.nanoTime();
        Collection<ArticleVersion> versions = newestPerId(batch);
        Map<String, RuntimeException> refused = new LinkedHashMap<>();
        List<Announcement> pending;
        try {
            pending = writeThroughOutages(versions);
        } catch (DataAccessException e) {
            // One article the database refuses must not take the rest of its batch to the dead letters.
            LOG.warnf("batch of %d articles failed (%s); storing them one by one", versions.size(), e.getMessage());
            pending = new ArrayList<>();
            for (ArticleVersion version : versions) {
                try {
                    pending.addAll(write(List.of(version)));
                } catch (DataAccessException one) {
                    refused.put(version.id(), one);
                }
            }
        }
        long written = System.nanoTime();
        announce(pending);
        storyAnnouncer.announcePending();
        LOG.debugf("stored %d articles in %d ms, announced %d in %d ms", versions.size(),
                (written - start) / 1_000_000, pending.size(), (System.nanoTime() - written) / 1_000_000);
        return refused;
    }

    private List<Announcement> write(Collection<ArticleVersion> versions) {
        return transactions.inTransaction(c -> {
            Set<String> changed = Set.copyOf(articles.upsert(c, versions));
            List<ArticleVersion> changedVersions = versions.stream().filter(v -> changed.contains(v.id())).toList();
            entities.link(c, changedVersions);
            stories.place(c, changedVersions);
            return articles.unannounced(c, versions.stream().map(ArticleVersion::id).toList());
        });
    }

    private void announce(List<Announcement> pending) {
        if (pending.isEmpty()) {
            return;
        }
        List<Uni<Void>> sends = pending.stream()
                .map(a -> stored.sendMessage(KafkaRecord.of(a.id(), mapper.toEvent(a))))
                .toList();
        Uni.join().all(sends).andFailFast().await().atMost(config.announceTimeout());
        transactions.withConnection(c -> {
            articles.markAnnounced(c, pending);
            return null;
        });
    }

    /** A batch may hold several versions of one article (a replay, a quick update): only the newest counts. */
    private Collection<ArticleVersion> newestPerId(List<EnrichedArticle> batch) {
        Map<String, ArticleVersion> newest = new LinkedHashMap<>();
        for (EnrichedArticle article : batch) {
            newest.merge(article.id(), mapper.toVersion(article),
                    (kept, next) -> kept.isNewerThan(next) ? kept : next);
        }
        return newest.values();
    }
}
