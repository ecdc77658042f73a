package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.EventsJson;
import org.marsad.events.Keyword;
import org.marsad.events.Mention;
import org.marsad.events.Span;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Articles written for the tests, in Arabic and English, and their wire form. */
public final class Fixtures {

    public static final ObjectMapper JSON = EventsJson.newMapper();

    public static final String PUTIN_AR_TEXT =
            "قال الكرملين إن اللقاء بين أردوغان وبوتين سيُعقد في سوتشي الأسبوع المقبل لبحث الملف السوري.";
    public static final String PUTIN_EN_TEXT =
            "Vladimir Putin will meet Recep Tayyip Erdogan in Sochi next week, the Kremlin said on Monday.";

    private Fixtures() {
    }

    /** An outlet name no other test uses, to keep each test's articles apart in the shared database. */
    public static String outlet(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String id() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static Entity putin(String text) {
        return entity("per:putin", EntityType.PERSON, "فلاديمير بوتين", List.of("Vladimir Putin", "بوتين"), text,
                "بوتين", "Putin");
    }

    public static Entity erdogan(String text) {
        return entity("per:erdogan", EntityType.PERSON, "رجب طيب أردوغان",
                List.of("Recep Tayyip Erdogan", "أردوغان"), text, "أردوغان", "Erdogan");
    }

    public static Entity sochi(String text) {
        return entity("loc:sochi", EntityType.LOCATION, "سوتشي", List.of("Sochi"), text, "سوتشي", "Sochi");
    }

    /** An entity with one mention for each occurrence in {@code text} of any of {@code forms}. */
    public static Entity entity(String id, EntityType type, String name, List<String> aliases, String text,
                                String... forms) {
        List<Mention> mentions = new ArrayList<>();
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                mentions.add(new Mention(form, at, at + form.length()));
            }
        }
        return new Entity(id, type, name, aliases, mentions);
    }

    public static EnrichedArticle arabic(String id, String outlet, String title, String text, Instant publishedAt,
                                         List<Entity> entities) {
        return article(id, outlet, "ar", title, text, publishedAt, Instant.parse("2025-03-01T10:00:00Z"),
                entities);
    }

    public static EnrichedArticle english(String id, String outlet, String title, String text, Instant publishedAt,
                                          List<Entity> entities) {
        return article(id, outlet, "en", title, text, publishedAt, Instant.parse("2025-03-01T10:00:00Z"),
                entities);
    }

    public static EnrichedArticle article(String id, String outlet, String language, String title, String text,
                                          Instant publishedAt, Instant fetchedAt, List<Entity> entities) {
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, "https://example.org/" + id,
                "https://example.org/" + id, outlet, "feed-" + outlet, "https://example.org/" + outlet + "/rss",
                title, text, null, language, publishedAt, fetchedAt, "feed",
                text, language, 0.99, List.of(new Span(0, text.length())), entities, List.of(), List.of(),
                List.of(), List.of(new Keyword(title, 1.0)), text.substring(0, Math.min(60, text.length())),
                List.of(), "fp-" + id, "test-1", fetchedAt.plusSeconds(2));
    }

    /** The same article fetched again later with a new title: a newer version. */
    public static EnrichedArticle retitled(EnrichedArticle a, String title, Instant fetchedAt) {
        return new EnrichedArticle(a.schemaVersion(), a.id(), a.url(), a.canonicalUrl(), a.outlet(), a.feedId(),
                a.feedUrl(), title, a.body(), a.html(), a.languageHint(), a.publishedAt(), fetchedAt, a.source(),
                a.cleanText(), a.language(), a.languageConfidence(), a.sentences(), a.entities(), a.quotes(),
                a.numbers(), a.dates(), a.keywords(), a.summary(), a.repairs(), a.fingerprint(),
                a.pipelineVersion(), fetchedAt.plusSeconds(2));
    }

    public static byte[] bytes(EnrichedArticle article) {
        try {
            return JSON.writeValueAsBytes(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
