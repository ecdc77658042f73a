package org.marsad.ingest.service;

import org.marsad.ingest.domain.ArticleDraft;
import org.marsad.ingest.domain.CanonicalUrl;
import org.marsad.ingest.domain.Feed;
import org.marsad.ingest.feed.FeedItem;
import org.marsad.ingest.feed.ParsedFeed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a feed entry to an article of that subscription. Entries with no content at all are skipped: the
 * contract wants a body or html, and Marsad does not invent one from the headline.
 */
public final class FeedEntryMapper {

    private FeedEntryMapper() {
    }

    public static Optional<ArticleDraft> map(Feed feed, String outlet, ParsedFeed parsed, FeedItem item,
                                             Instant fetchedAt) {
        return map(feed, feed.url(), outlet, parsed, item, fetchedAt);
    }

    /** @param documentUrl where the feed document was found in the end (after redirects): links are relative to it */
    public static Optional<ArticleDraft> map(Feed feed, String documentUrl, String outlet, ParsedFeed parsed,
                                             FeedItem item, Instant fetchedAt) {
        String html = blankToNull(item.html());
        String text = html == null ? blankToNull(item.text()) : null;
        if (html == null && text == null) {
            return Optional.empty();
        }
        String title = item.title() == null ? "" : item.title().strip();
        String language = languageCode(item.language() != null ? item.language() : parsed.language());
        return Optional.of(new ArticleDraft(resolve(documentUrl, item.link()), outlet, feed.id(), feed.url(), title,
                text, html, language, item.publishedAt(), fetchedAt, "feed", item.guid()));
    }

    /** Links are often relative to the feed; anything that is not http(s) in the end is dropped. */
    static String resolve(String feedUrl, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI absolute = CanonicalUrl.parse(feedUrl).resolve(new URI(link.strip().replace(" ", "%20")));
            CanonicalUrl.parse(absolute.toString());
            return absolute.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** "ar", "ar-SA", "en_us" -> the ISO 639-1 code; anything else -> no hint. */
    static String languageCode(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
