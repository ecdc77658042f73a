package org.marsad.ingest.feed;

import java.util.Locale;

/** Picks the parser for a fetched document: JSON Feed when it says or looks like JSON, else the XML formats. */
public final class FeedDocumentParser {

    private final SyndicationParser xml = new SyndicationParser();
    private final JsonFeedParser json = new JsonFeedParser();

    public ParsedFeed parse(byte[] document, String contentType) throws FeedException {
        if (document.length == 0) {
            throw new FeedException("empty document");
        }
        return isJson(document, contentType) ? json.parse(document) : xml.parse(document, contentType);
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
