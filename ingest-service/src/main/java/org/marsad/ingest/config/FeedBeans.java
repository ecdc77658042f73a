package org.marsad.ingest.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.marsad.ingest.feed.FeedDocumentParser;
import org.marsad.ingest.feed.FeedFetcher;
import org.marsad.ingest.feed.NetworkGuard;

/** Makes the framework-free feed classes injectable, configured from {@link IngestConfig}. */
@Singleton
public class FeedBeans {

    @Produces
    @Singleton
    NetworkGuard networkGuard(IngestConfig config) {
        return new NetworkGuard(config.allowPrivateNetworks());
    }

    @Produces
    @Singleton
    FeedFetcher feedFetcher(IngestConfig config, NetworkGuard guard) {
        IngestConfig.Feeds feeds = config.feeds();
        return new FeedFetcher(feeds.connectTimeout(), feeds.readTimeout(), feeds.maxFeedSize().asLongValue(),
                feeds.userAgent(), guard);
    }

    @Produces
    @Singleton
    FeedDocumentParser feedDocumentParser(IngestConfig config) {
        return new FeedDocumentParser(config.feeds().maxItems());
    }
}
