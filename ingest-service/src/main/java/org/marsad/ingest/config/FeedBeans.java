package org.marsad.ingest.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.marsad.ingest.feed.FeedDocumentParser;
import org.marsad.ingest.feed.FeedFetcher;

/** Makes the framework-free feed classes injectable, configured from {@link IngestConfig}. */
@Singleton
public class FeedBeans {

    @Produces
    @Singleton
    FeedFetcher feedFetcher(IngestConfig config) {
        IngestConfig.Feeds feeds = config.feeds();
        return new FeedFetcher(feeds.connectTimeout(), feeds.readTimeout(), feeds.maxFeedSize().asLongValue(),
                feeds.userAgent());
    }

    @Produces
    @Singleton
    FeedDocumentParser feedDocumentParser() {
        return new FeedDocumentParser();
    }
}
