package org.marsad.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the store-service ({@code marsad.store.*}); the defaults suit a single local instance. */
@ConfigMapping(prefix = "marsad.store")
public interface StoreConfig {

    /** How long to wait for articles.stored to acknowledge a batch's announcements before giving up on it. */
    @WithDefault("30s")
    Duration announceTimeout();

    /** Page size of the article and entity lists when the caller gives no {@code limit}. */
    @WithDefault("20")
    int defaultLimit();

    /** Largest {@code limit} a caller may ask for. */
    @WithDefault("100")
    int maxLimit();

    /**
     * Story profiles kept in memory for placement (each a few kilobytes to tens of kilobytes): enough for the
     * stories of the last days, which is where candidates come from.
     */
    @WithDefault("5000")
    int storyCacheSize();
}
