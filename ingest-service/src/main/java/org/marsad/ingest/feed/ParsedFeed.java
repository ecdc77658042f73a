package org.marsad.ingest.feed;

import java.util.List;

/**
 * A feed document reduced to what Marsad uses.
 *
 * @param language the feed's language tag, or null
 * @param warnings what had to be repaired or left out to read it (a cut-off document, items over the limit);
 *                 shown on the feed so that a degraded feed is visible
 */
public record ParsedFeed(String title, String language, List<FeedItem> items, List<String> warnings) {

    public ParsedFeed(String title, String language, List<FeedItem> items) {
        this(title, language, items, List.of());
    }
}
