package org.marsad.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks the parser for a fetched document (JSON Feed when it says or looks like JSON, else the XML formats) and
 * keeps at most {@code maxItems} items: a feed of a million entries is a mistake or an attack, not news.
 */
public final class FeedDocumentParser {

    public static final int DEFAULT_MAX_ITEMS = 1000;

    private final SyndicationParser xml = new SyndicationParser();
    private final JsonFeedParser json = new JsonFeedParser();
    private final int maxItems;

    public FeedDocumentParser() {
        this(DEFAULT_MAX_ITEMS);
    }

    public FeedDocumentParser(int maxItems) {
        this.maxItems = maxItems;
    }

    public ParsedFeed parse(byte[] document, String contentType) throws FeedException {
        if (document.length == 0) {
            throw new FeedException("empty document");
        }
        ParsedFeed feed = isJson(document, contentType) ? json.parse(document) : xml.parse(document, contentType);
        if (feed.items().size() <= maxItems) {
            return feed;
        }
        List<String> warnings = new ArrayList<>(feed.warnings());
        warnings.add(feed.items().size() + " items: only the first " + maxItems + " were read");
        return new ParsedFeed(feed.title(), feed.language(), List.copyOf(feed.items().subList(0, maxItems)), warnings);
    }

    private static boolean isJson(byte[] document, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        // Servers often send JSON Feeds as text/plain or octet-stream: trust the first character.
        for (byte b : document) {
            if (b == '{') {
                return true;
            }
            if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == (byte) 0xEF || b == (byte) 0xBB
                    || b == (byte) 0xBF)) {
                return false;
            }
        }
        return false;
    }
}
