package org.marsad.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the XML feed formats (RSS 0.9x/2.0, RDF 1.0, Atom 1.0) leniently: the bytes are decoded by
 * {@link CharsetSniffer}, the text made well-formed by {@link XmlRepair} (which also removes the DOCTYPE, so
 * the parser itself still refuses any DOCTYPE: no external entities, ever), a cut-off document is salvaged up to
 * its last complete item by {@link TruncatedXml}, and Rome maps the formats. What Rome leaves out is read from
 * the document itself: dates it cannot read (in other languages: {@link FeedDates}), xml:base chains, and guids
 * as opaque text.
 */
public final class SyndicationParser {

    private static final List<String> DATE_ELEMENTS =
            List.of("pubDate", "published", "date", "issued", "created", "updated", "modified");

    private final CharsetSniffer sniffer = new CharsetSniffer();

    public ParsedFeed parse(byte[] document, String contentType) throws FeedException {
        String xml = XmlRepair.repair(sniffer.decode(document, contentType).text());
        List<String> warnings = new ArrayList<>();
        Document dom = wellFormed(xml, warnings);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(dom);
        } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
            throw new FeedException("not a readable feed: " + rootMessage(e), e);
        }
        List<Element> elements = itemElements(dom.getRootElement());
        // Rome maps items in document order; if it ever skipped one, the elements would not line up.
        boolean aligned = elements.size() == feed.getEntries().size();
        List<FeedItem> items = new ArrayList<>(feed.getEntries().size());
        for (int i = 0; i < feed.getEntries().size(); i++) {
            items.add(item(feed.getEntries().get(i), aligned ? elements.get(i) : null));
        }
        return new ParsedFeed(blankToNull(feed.getTitle()), blankToNull(feed.getLanguage()), items, warnings);
    }

    private static Document wellFormed(String xml, List<String> warnings) throws FeedException {
        try {
            return build(xml);
        } catch (JDOMException first) {
            Optional<String> salvaged = TruncatedXml.closeAfterLastCompleteItem(xml);
            if (salvaged.isPresent()) {
                try {
                    Document dom = build(salvaged.get());
                    warnings.add("document cut short or not closed (" + rootMessage(first)
                            + "): kept the complete items");
                    return dom;
                } catch (JDOMException e) {
                    // report the first error: it is where the document really breaks
                }
            }
            throw new FeedException("not a readable feed: " + rootMessage(first), first);
        }
    }

    private static Document build(String xml) throws JDOMException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        // XmlRepair has removed the DOCTYPE; one that survives is refused, never loaded or expanded.
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        try {
            return builder.build(new StringReader(xml));
        } catch (IOException e) {
            throw new JDOMException(e.getMessage(), e);
        }
    }

    /** item/entry elements in document order: under the root (RDF, Atom) or under the channel (RSS). */
    private static List<Element> itemElements(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (isItem(child)) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(SyndicationParser::isItem).forEach(items::add);
            }
        }
        return items;
    }

    private static boolean isItem(Element element) {
        return element.getName().equals("item") || element.getName().equals("entry");
    }

    private static FeedItem item(SyndEntry entry, Element element) {
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
        Instant publishedAt = date != null ? date.toInstant() : element == null ? null : rawDate(element);
        String link = blankToNull(entry.getLink());
        if (link != null && element != null) {
            link = resolveAgainstBase(element, link.strip());
        }
        return new FeedItem(link == null ? null : link.strip(), element == null ? null : guid(element),
                blankToNull(entry.getTitle()), html, text, publishedAt, null);
    }

    /** Rome reads RFC 822 and W3C dates; anything else it drops, so read the element's text once more. */
    private static Instant rawDate(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    Instant parsed = FeedDates.parse(child.getTextNormalize());
                    if (parsed != null) {
                        return parsed;
                    }
                }
            }
        }
        return null;
    }

    /** RSS guid or Atom id, as written (only surrounding white space removed): an opaque key, not a URL. */
    private static String guid(Element item) {
        for (Element child : item.getChildren()) {
            if (child.getName().equals("guid") || child.getName().equals("id")) {
                return blankToNull(child.getText().strip());
            }
        }
        return null;
    }

    /** Resolves against the chain of xml:base attributes from the root down to the item (each relative to the one above). */
    private static String resolveAgainstBase(Element item, String link) {
        List<String> bases = new ArrayList<>();
        for (Element e = item; e != null; e = e.getParentElement()) {
            String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null && !base.isBlank()) {
                bases.add(0, base.strip());
            }
        }
        if (bases.isEmpty()) {
            return link;
        }
        try {
            URI base = new URI(bases.get(0).replace(" ", "%20"));
            for (String next : bases.subList(1, bases.size())) {
                base = base.resolve(new URI(next.replace(" ", "%20")));
            }
            return base.resolve(new URI(link.replace(" ", "%20"))).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }

    /**
     * Only Atom's explicit {@code type="text"} means plain text. Rome labels RSS descriptions "text/plain", but
     * by convention they are entity-encoded HTML, so they go to html.
     */
    private static boolean isPlainText(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).equals("text");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
