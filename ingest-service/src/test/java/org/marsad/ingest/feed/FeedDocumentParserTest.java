package org.marsad.ingest.feed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedDocumentParserTest {

    private final FeedDocumentParser parser = new FeedDocumentParser();

    static byte[] fixture(String name) {
        try (InputStream in = FeedDocumentParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsRss2WithContentEncodedInArabic() throws FeedException {
        ParsedFeed feed = parser.parse(fixture("rss2-ar.xml"), "application/rss+xml; charset=utf-8");

        assertThat(feed.title()).isEqualTo("مرصد الأخبار التجريبي");
        assertThat(feed.language()).isEqualTo("ar-SY");
        assertThat(feed.items()).hasSize(3);
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("افتتاح معرض الكتاب في دمشق");
        assertThat(first.link()).isEqualTo("/ar/culture/book-fair?utm_source=rss");
        assertThat(first.html()).isEqualTo("<p>افتتح <b>معرض الكتاب</b> أبوابه صباح اليوم بمشاركة مئة دار نشر.</p>");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-05-01T06:30:00Z"));
        FeedItem second = feed.items().get(1);
        assertThat(second.html()).isEqualTo("<p>ارتفعت أسعار الخبز بنسبة 20 بالمئة.</p>");
        assertThat(second.publishedAt()).isNull();
        assertThat(feed.items().get(2).html()).isNull();
    }

    @Test
    void readsRss091InItsDeclaredCharset() throws FeedException {
        ParsedFeed feed = parser.parse(fixture("rss091-en.xml"), "text/xml");

        assertThat(feed.language()).isEqualTo("en-us");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Café reopens");
            assertThat(item.link()).isEqualTo("http://old.example.com/cafe.html");
            assertThat(item.html()).isEqualTo("The café on the square reopened.");
        });
    }

    @Test
    void readsRdf10() throws FeedException {
        ParsedFeed feed = parser.parse(fixture("rdf-ar.xml"), "application/rdf+xml");

        assertThat(feed.title()).isEqualTo("نشرة الأخبار");
        assertThat(feed.language()).isEqualTo("ar");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("هطول أمطار غزيرة على الساحل");
            assertThat(item.link()).isEqualTo("https://rdf.example.net/news/1");
            assertThat(item.html()).isEqualTo("شهدت المناطق الساحلية أمطاراً غزيرة خلال الليل.");
            assertThat(item.publishedAt()).isEqualTo(Instant.parse("2024-05-03T03:00:00Z"));
        });
    }

    @Test
    void readsAtomHtmlAndTextContent() throws FeedException {
        ParsedFeed feed = parser.parse(fixture("atom-en.xml"), "application/atom+xml");

        assertThat(feed.title()).isEqualTo("Example Wire");
        assertThat(feed.items()).hasSize(2);
        FeedItem talks = feed.items().get(0);
        assertThat(talks.link()).isEqualTo("https://wire.example.com/world/talks-resume#top");
        assertThat(talks.html()).isEqualTo("<p>Delegations met again on <em>Thursday</em>.</p>");
        assertThat(talks.text()).isNull();
        assertThat(talks.publishedAt()).isEqualTo(Instant.parse("2024-05-02T06:15:00Z"));
        FeedItem markets = feed.items().get(1);
        assertThat(markets.html()).isNull();
        assertThat(markets.text()).isEqualTo("Stocks rose 2% on Thursday.");
        assertThat(markets.publishedAt()).as("updated when there is no published date")
                .isEqualTo(Instant.parse("2024-05-02T16:30:00Z"));
    }

    @Test
    void readsJsonFeed11ByContentTypeOrByLooks() throws FeedException {
        for (String contentType : new String[] {"application/feed+json", "text/plain", null}) {
            ParsedFeed feed = parser.parse(fixture("jsonfeed-en.json"), contentType);

            assertThat(feed.title()).isEqualTo("Example JSON News");
            assertThat(feed.language()).isEqualTo("en-GB");
            assertThat(feed.items()).hasSize(3);
            assertThat(feed.items().get(0)).isEqualTo(new FeedItem("https://json.example.org/2024/05/harbour",
                    "1", "Harbour reopens after storm", "<p>The harbour reopened on Friday.</p>", null,
                    Instant.parse("2024-05-03T06:00:00Z"), null));
            assertThat(feed.items().get(1)).isEqualTo(new FeedItem("/2024/05/bridge", "2", "جسر جديد فوق النهر", null,
                    "افتُتح جسر جديد فوق النهر.", Instant.parse("2024-05-03T12:00:00Z"), "ar"));
            assertThat(feed.items().get(2).publishedAt()).as("an unreadable date is no date").isNull();
            assertThat(feed.items().get(2).link()).isNull();
        }
    }

    @Test
    void refusesJsonThatIsNotAJsonFeed() {
        assertThatThrownBy(() -> parser.parse("{\"items\":[]}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .isInstanceOf(FeedException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> parser.parse("{\"version\":\"https://jsonfeed.org/version/1.1\"".getBytes(StandardCharsets.UTF_8),
                "application/feed+json")).isInstanceOf(FeedException.class).hasMessageStartingWith("not a readable JSON Feed");
    }

    @Test
    void reportsMalformedXmlReadably() {
        assertThatThrownBy(() -> parser.parse(fixture("malformed.xml"), "application/rss+xml"))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("not a readable feed:");
        assertThatThrownBy(() -> parser.parse("<html><body>Not a feed</body></html>".getBytes(StandardCharsets.UTF_8),
                "text/html")).isInstanceOf(FeedException.class).hasMessageStartingWith("not a readable feed:");
        assertThatThrownBy(() -> parser.parse(new byte[0], "text/xml")).hasMessage("empty document");
    }

    @Test
    void neverResolvesExternalEntities() throws FeedException {
        ParsedFeed feed = parser.parse(fixture("xxe.xml"), "application/rss+xml");
        assertThat(feed.title()).as("the reference stays literal text").isEqualTo("&secret;");
        assertThat(feed.items().get(0).html()).isEqualTo("&secret;").doesNotContain("root:");
    }
}
