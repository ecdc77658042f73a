package org.marsad.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
        Instant date = date(text(item, "date_published", null));
        if (date == null) {
            date = date(text(item, "date_modified", null));
        }
        return new FeedItem(link, text(item, "title", null), html, plain, date, text(item, "language", null));
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : fallback;
    }

    /** RFC 3339 as the spec requires; anything else is treated as no date rather than guessed. */
    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
