package org.marsad.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed, whatever the format.
 *
 * @param link        the entry's link, resolved against any xml:base but possibly still relative to the feed, or null
 * @param guid        the entry's own identifier (RSS guid, Atom id, JSON Feed id) as opaque text, or null
 * @param title       the headline, or null
 * @param html        HTML content (content:encoded, Atom content, description), or null
 * @param text        plain-text content when the feed says it is plain text, or null
 * @param publishedAt published, else updated date; null when absent or unreadable (never guessed)
 * @param language    the entry's own language tag (JSON Feed 1.1), or null
 */
public record FeedItem(String link, String guid, String title, String html, String text, Instant publishedAt,
                       String language) {
}
