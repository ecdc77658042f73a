package org.marsad.ingest.feed;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salvage for a feed that was cut off (a dropped connection, a full disk on the publisher's side) or whose root
 * is never closed: keep everything up to the end of the last complete item or entry, then close the elements
 * still open there. An item cut in half is dropped rather than published half-written.
 */
final class TruncatedXml {

    private static final Pattern ITEM_END = Pattern.compile("</(?:[\\w.-]+:)?(?:item|entry)\\s*>");
    /** Comments, CDATA, processing instructions, end tags and start tags (attribute values may hold '>'). */
    private static final Pattern MARKUP = Pattern.compile(
            "<!--.*?-->|<!\\[CDATA\\[.*?]]>|<\\?.*?\\?>|</([\\w:.-]+)\\s*>"
                    + "|<([\\w:.-]+)(?:\\s+[^\\s=/>]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))*\\s*(/?)>",
            Pattern.DOTALL);

    private TruncatedXml() {
    }

    /** The document cut after its last complete item with its open elements closed; empty when it has none. */
    static Optional<String> closeAfterLastCompleteItem(String xml) {
        Matcher end = ITEM_END.matcher(xml);
        int cut = -1;
        while (end.find()) {
            cut = end.end();
        }
        if (cut < 0) {
            return Optional.empty();
        }
        String kept = xml.substring(0, cut);
        Deque<String> open = new ArrayDeque<>();
        Matcher markup = MARKUP.matcher(kept);
        while (markup.find()) {
            if (markup.group(1) != null) {
                // Pop to the matching start tag; a stray end tag matches nothing and is left to the parser.
                if (open.contains(markup.group(1))) {
                    while (!open.isEmpty() && !open.pop().equals(markup.group(1))) {
                        // unclosed children of the closed element: closed with it
                    }
                }
            } else if (markup.group(2) != null && markup.group(3).isEmpty()) {
                open.push(markup.group(2));
            }
        }
        StringBuilder closed = new StringBuilder(kept);
        for (String name : open) {
            closed.append("</").append(name).append('>');
        }
        return Optional.of(closed.toString());
    }
}
