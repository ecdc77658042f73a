package org.marsad.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads the XML feed formats (RSS 0.9x/2.0, RDF 1.0, Atom) with Rome. Rome 2 rejects DOCTYPE declarations
 * by default, which shuts out external entities (XXE) and entity expansion; that default is kept on purpose.
 */
public final class SyndicationParser {

    public ParsedFeed parse(byte[] document, String contentType) throws FeedException {
        SyndFeed feed;
        // XmlReader finds the charset from the BOM, the XML prolog and the HTTP Content-Type, as RFC 3023 says.
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
            throw new FeedException("not a readable feed: " + rootMessage(e), e);
        } catch (IOException e) {
            throw new FeedException("could not decode feed: " + rootMessage(e), e);
        }
        List<FeedItem> items = feed.getEntries().stream().map(SyndicationParser::item).toList();
        return new ParsedFeed(feed.getTitle(), feed.getLanguage(), items);
    }

    private static FeedItem item(SyndEntry entry) {
        String html = null;
        String text = null;
        SyndContent content = entry.getContents().stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank())
                .findFirst()
                .orElse(entry.getDescription());
        if (content != null && content.getValue() != null && !content.getValue().isBlank()) {
            if (isPlainText(content.getType())) {
                text = content.getValue();
            } else {
                html = content.getValue();
            }
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new FeedItem(link(entry), entry.getTitle(), html, text, date == null ? null : date.toInstant(),
                null);
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        // RSS items without <link> often carry the article's address as a permalink <guid>.
        String uri = entry.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }

    /**
     * Only Atom's explicit {@code type="text"} means plain text. Rome labels RSS descriptions "text/plain", but
     * by convention they are entity-encoded HTML, so they go to html.
     */
    private static boolean isPlainText(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).equals("text");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
