package org.marsad.nlp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the nlp-service, under {@code marsad.nlp}. */
@ConfigMapping(prefix = "marsad.nlp")
public interface NlpConfig {

    /**
     * Largest article accepted, in characters of title + body + html. Larger ones go to the dead-letter topic:
     * they are almost always scraping accidents, and they would hold a worker thread for seconds.
     */
    @WithDefault("2000000")
    int maxTextChars();
}
