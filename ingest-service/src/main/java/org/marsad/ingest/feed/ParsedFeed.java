package org.marsad.ingest.feed;

import java.util.List;

/** A feed document reduced to what Marsad uses; {@code language} is the feed's language tag or null. */
public record ParsedFeed(String title, String language, List<FeedItem> items) {
}
