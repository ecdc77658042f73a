package org.marsad.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Feed 1.0/1.1 ({@code application/feed+json}, https://jsonfeed.org/version/1.1). */
public final class JsonFeedParser {

    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";
    private final ObjectMapper mapper = new ObjectMapper();

    public ParsedFeed parse(byte[] document) throws FeedException {
        JsonNode root;
        try {
            root = mapper.readTree(document);
        } catch (JsonProcessingException e) {
            throw new FeedException("not a readable JSON Feed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedException("not a readable JSON Feed: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !text(root, "version", "").startsWith(VERSION_PREFIX)) {
            throw new FeedException("not a JSON Feed: \"version\" must start with " + VERSION_PREFIX);
        }
        JsonNode items = root.path("items");
        if (!items.isArray()) {
            throw new FeedException("not a JSON Feed: \"items\" must be an array");
        }
        List<FeedItem> result = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            if (item.isObject()) {
                result.add(item(item));
            }
        }
        return new ParsedFeed(text(root, "title", null), text(root, "language", null), result);
    }

    private static FeedItem item(JsonNode item) {
        String link = text(item, "url", text(item, "external_url", null));
        String html = text(item, "content_html", null);
        String plain = html == null ? text(item, "content_text", text(item, "summary", null)) : null;
        Instant date = FeedDates.parse(text(item, "date_published", null));
        if (date == null) {
            date = FeedDates.parse(text(item, "date_modified", null));
        }
        JsonNode id = item.get("id");
        String guid = id != null && (id.isTextual() || id.isNumber()) && !id.asText().isBlank()
                ? id.asText().strip() : null;
        return new FeedItem(link == null ? null : link.strip(), guid, text(item, "title", null), html, plain, date,
                text(item, "language", null));
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : fallback;
    }
}
