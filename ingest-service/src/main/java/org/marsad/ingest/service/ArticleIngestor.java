package org.marsad.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.events.RawArticle;
import org.marsad.ingest.config.IngestConfig;
import org.marsad.ingest.domain.ContentHash;
import org.marsad.ingest.messaging.RawArticlePublisher;
import org.marsad.ingest.repository.SeenRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one path from an identified article to {@code articles.raw}, shared by pushes and feeds: drop what was
 * already published with the same content, publish the rest concurrently, await the broker's acks, and only
 * then record the acknowledged ones as seen. A crash between publish and record republishes (downstream is
 * idempotent); recording first could lose an article.
 */
@ApplicationScoped
public class ArticleIngestor {

    private final SeenRepository seen;
    private final RawArticlePublisher publisher;
    private final IngestConfig config;

    public ArticleIngestor(SeenRepository seen, RawArticlePublisher publisher, IngestConfig config) {
        this.seen = seen;
        this.publisher = publisher;
        this.config = config;
    }

    /** Ingests one article; a broker failure is thrown as {@link PublishException}. */
    public PublishOutcome ingest(RawArticle article) {
        PublishOutcome outcome = ingestAll(List.of(article)).get(0);
        if (outcome.status() == PublishOutcome.Status.FAILED) {
            throw new PublishException("could not publish the article: " + outcome.error());
        }
        return outcome;
    }

    /** Ingests articles in batches; the outcomes are in the order of {@code articles}. */
    public List<PublishOutcome> ingestAll(List<RawArticle> articles) {
        List<PublishOutcome> outcomes = new ArrayList<>(articles.size());
        int batch = Math.max(1, config.bulkBatchSize());
        for (int from = 0; from < articles.size(); from += batch) {
            outcomes.addAll(ingestBatch(articles.subList(from, Math.min(articles.size(), from + batch))));
        }
        return outcomes;
    }

    private List<PublishOutcome> ingestBatch(List<RawArticle> articles) {
        int n = articles.size();
        String[] hashes = new String[n];
        // For each article: -1 = publish it; otherwise the index of the earlier copy in this batch it repeats,
        // or n when it repeats what the database says was published.
        int[] repeats = new int[n];
        Map<String, String> known = seen.contentHashes(articles.stream().map(RawArticle::id).distinct().toList());
        Map<String, Integer> publishedInBatch = new HashMap<>();
        List<CompletableFuture<Void>> acks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RawArticle article = articles.get(i);
            hashes[i] = ContentHash.of(article);
            Integer earlier = publishedInBatch.get(article.id());
            if (earlier != null && hashes[earlier].equals(hashes[i])) {
                repeats[i] = earlier;
            } else if (earlier == null && hashes[i].equals(known.get(article.id()))) {
                repeats[i] = n;
            } else {
                repeats[i] = -1;
                publishedInBatch.put(article.id(), i);
            }
            acks.add(repeats[i] == -1 ? publisher.publish(article) : null);
        }

        PublishOutcome[] outcomes = new PublishOutcome[n];
        long deadline = System.nanoTime() + config.publishTimeout().toNanos();
        for (int i = 0; i < n; i++) {
            String id = articles.get(i).id();
            if (repeats[i] == -1) {
                String error = await(acks.get(i), deadline);
                outcomes[i] = new PublishOutcome(id, error == null ? PublishOutcome.Status.ACCEPTED
                        : PublishOutcome.Status.FAILED, error);
            } else if (repeats[i] < n && outcomes[repeats[i]].status() == PublishOutcome.Status.FAILED) {
                // A repeat of a copy that failed was not published either.
                outcomes[i] = outcomes[repeats[i]];
            } else {
                outcomes[i] = new PublishOutcome(id, PublishOutcome.Status.DUPLICATE, null);
            }
        }

        Map<String, String> toRecord = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (outcomes[i].status() != PublishOutcome.Status.FAILED) {
                toRecord.put(articles.get(i).id(), hashes[i]);
            }
        }
        seen.record(toRecord, Instant.now());
        return List.of(outcomes);
    }

    /** Null when acknowledged, else why not. */
    private static String await(CompletableFuture<Void> ack, long deadlineNanos) {
        try {
            ack.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (TimeoutException e) {
            return "the broker did not acknowledge in time";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
