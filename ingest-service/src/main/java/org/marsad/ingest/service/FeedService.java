package org.marsad.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.ingest.domain.CanonicalUrl;
import org.marsad.ingest.domain.Feed;
import org.marsad.ingest.feed.FeedException;
import org.marsad.ingest.feed.ForbiddenAddressException;
import org.marsad.ingest.feed.NetworkGuard;
import org.marsad.ingest.repository.FeedRepository;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Feed subscriptions: validation, the SSRF guard, and the idempotent subscribe (the same URL twice is one
 * subscription).
 */
@ApplicationScoped
public class FeedService {

    public static final int DEFAULT_POLL_SECONDS = 300;
    public static final int MIN_POLL_SECONDS = 30;
    public static final int MAX_POLL_SECONDS = 86_400;
    private static final int MAX_OUTLET = 200;

    /** The subscription, and whether this call created it. */
    public record Subscription(Feed feed, boolean created) {
    }

    private final FeedRepository feeds;
    private final NetworkGuard guard;

    public FeedService(FeedRepository feeds, NetworkGuard guard) {
        this.feeds = feeds;
        this.guard = guard;
    }

    public Subscription subscribe(String url, String outlet, Integer pollSeconds, Boolean fullText) {
        if (url == null || url.isBlank()) {
            throw new InvalidFeedException("url is required");
        }
        URI parsed;
        try {
            parsed = CanonicalUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidFeedException("url " + e.getMessage());
        }
        try {
            guard.check(parsed);
        } catch (ForbiddenAddressException e) {
            throw new InvalidFeedException("url host " + e.getMessage());
        } catch (FeedException e) {
            // A host that does not resolve now may later; the feed then shows the error as failing.
        }
        String name = outlet == null || outlet.isBlank() ? null : outlet.strip();
        if (name != null && name.length() > MAX_OUTLET) {
            throw new InvalidFeedException("outlet must be at most " + MAX_OUTLET + " characters");
        }
        int seconds = pollSeconds == null ? DEFAULT_POLL_SECONDS : pollSeconds;
        if (seconds < MIN_POLL_SECONDS || seconds > MAX_POLL_SECONDS) {
            throw new InvalidFeedException("pollSeconds must be between " + MIN_POLL_SECONDS + " and "
                    + MAX_POLL_SECONDS);
        }
        String id = Feed.idFor(url);
        Optional<Feed> created = feeds.insertIfAbsent(id, url.strip(), name, seconds,
                Boolean.TRUE.equals(fullText), Instant.now());
        if (created.isPresent()) {
            return new Subscription(created.get(), true);
        }
        return feeds.find(id).map(existing -> new Subscription(existing, false))
                .orElseThrow(() -> new IllegalStateException("feed " + id + " vanished while subscribing"));
    }

    public List<Feed> list() {
        return feeds.list();
    }

    public Optional<Feed> find(String id) {
        return feeds.find(id);
    }

    public boolean unsubscribe(String id) {
        return feeds.delete(id);
    }
}
