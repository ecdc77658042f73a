package org.marsad.ingest.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.marsad.events.RawArticle;
import org.marsad.ingest.config.IngestConfig;
import org.marsad.ingest.domain.ArticleDraft;
import org.marsad.ingest.domain.CanonicalUrl;
import org.marsad.ingest.domain.Feed;
import org.marsad.ingest.domain.FeedStatus;
import org.marsad.ingest.feed.FeedDocumentParser;
import org.marsad.ingest.feed.FeedException;
import org.marsad.ingest.feed.FeedFetcher;
import org.marsad.ingest.feed.FetchResult;
import org.marsad.ingest.feed.ParsedFeed;
import org.marsad.ingest.repository.FeedRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls the feeds that are due, a bounded number at a time on its own threads; each poll fetches, parses,
 * maps and ingests one feed and records how it went. A failing feed is recorded and backed off, and never
 * stops the others.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);
    /** A claimed feed is not claimed again for this long: far beyond one fetch's time limits. */
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final FeedRepository feeds;
    private final FeedFetcher fetcher;
    private final FeedDocumentParser parser;
    private final ArticleIngestor ingestor;
    private final PollSchedule schedule;
    private final FullTextFetcher fullText;
    private final int parallelism;
    private final ExecutorService workers;
    private final AtomicInteger inFlight = new AtomicInteger();

    public FeedPoller(FeedRepository feeds, FeedFetcher fetcher, FeedDocumentParser parser, ArticleIngestor ingestor,
                      PollSchedule schedule, FullTextFetcher fullText, IngestConfig config) {
        this.feeds = feeds;
        this.fetcher = fetcher;
        this.parser = parser;
        this.ingestor = ingestor;
        this.schedule = schedule;
        this.fullText = fullText;
        this.parallelism = Math.max(1, config.feeds().parallelism());
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "feed-poller-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Claims as many due feeds as there are idle workers and hands them over; returns at once. */
    @Scheduled(every = "${marsad.ingest.feeds.poll-tick}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int idle = parallelism - inFlight.get();
        if (idle <= 0) {
            return;
        }
        Instant now = Instant.now();
        List<Feed> due;
        try {
            due = feeds.claimDue(now, idle, now.plus(LEASE));
        } catch (RuntimeException e) {
            // The database is away; the readiness check says so, one line per tick is enough here.
            LOG.warnf("Cannot look for due feeds: %s", e.getMessage());
            return;
        }
        for (Feed feed : due) {
            inFlight.incrementAndGet();
            workers.execute(() -> {
                try {
                    poll(feed);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    /** Polls {@code feed} now, on the calling thread, and records the result. Never throws. */
    public PollResult poll(Feed feed) {
        Instant started = Instant.now();
        try {
            FetchResult fetched = fetcher.fetch(CanonicalUrl.parse(feed.url()), feed.etag(), feed.lastModified());
            if (fetched instanceof FetchResult.Document document) {
                return ingest(feed, document, started);
            }
            feeds.recordSuccess(feed.id(), started, feed.etag(), feed.lastModified(), null,
                    feed.effectiveOutlet(), 0, 0, feed.lastWarning(),
                    schedule.afterSuccess(started, feed.pollSeconds()));
            return new PollResult(FeedStatus.OK, true, 0, 0, null);
        } catch (FeedException e) {
            return fail(feed, started, e.getMessage(), e.retryAfter());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Polling feed %s (%s) failed unexpectedly", feed.id(), feed.url());
            return fail(feed, started, "internal error: " + e.getMessage(), null);
        }
    }

    private PollResult ingest(Feed feed, FetchResult.Document document, Instant fetchedAt) throws FeedException {
        ParsedFeed parsed = parser.parse(document.body(), document.contentType());
        String outlet = feed.outletWithTitle(parsed.title());
        List<ArticleDraft> drafts = parsed.items().stream()
                .map(item -> FeedEntryMapper.map(feed, document.url().toString(), outlet, parsed, item, fetchedAt))
                .flatMap(Optional::stream)
                .toList();
        if (feed.fullText()) {
            drafts = fullText.complete(drafts);
        }
        List<RawArticle> articles = drafts.stream().map(ArticleDraft::toRawArticle).toList();
        List<PublishOutcome> outcomes = ingestor.ingestAll(articles);
        Optional<PublishOutcome> failed = outcomes.stream()
                .filter(o -> o.status() == PublishOutcome.Status.FAILED).findFirst();
        if (failed.isPresent()) {
            // Keep the old validators: a 304 next time must not hide the items that were not published.
            throw new FeedException("could not publish every item: " + failed.get().error());
        }
        int published = (int) outcomes.stream().filter(o -> o.status() == PublishOutcome.Status.ACCEPTED).count();
        String warning = parsed.warnings().isEmpty() ? null : String.join("; ", parsed.warnings());
        if (warning != null) {
            LOG.infof("Feed %s read despite defects: %s", feed.url(), warning);
        }
        feeds.recordSuccess(feed.id(), fetchedAt, document.etag(), document.lastModified(), parsed.title(), outlet,
                parsed.items().size(), published, truncate(warning),
                schedule.afterSuccess(fetchedAt, feed.pollSeconds()));
        LOG.debugf("Feed %s: %d items, %d published", feed.url(), parsed.items().size(), published);
        return new PollResult(FeedStatus.OK, false, parsed.items().size(), published, null);
    }

    /** @param retryAfter the delay the server asked for, or null: the next poll waits at least that long */
    private PollResult fail(Feed feed, Instant started, String error, Duration retryAfter) {
        String message = error == null ? "unknown error" : truncate(error);
        Instant next = schedule.afterFailure(started, feed.pollSeconds(), feed.failures() + 1);
        if (retryAfter != null && next.isBefore(started.plus(retryAfter))) {
            next = started.plus(retryAfter);
        }
        try {
            feeds.recordFailure(feed.id(), started, message, next);
        } catch (RuntimeException e) {
            // The lease from the claim still holds it back; the next poll after it will record properly.
            LOG.warnf(e, "Could not record the failure of feed %s", feed.id());
        }
        LOG.infof("Feed %s failing: %s", feed.url(), message);
        return new PollResult(FeedStatus.FAILING, false, 0, 0, message);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
