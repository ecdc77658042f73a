package org.marsad.ingest.feed;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One fixture per way real feeds are broken (src/test/resources/feeds/lenient, written for these tests). */
class LenientFeedParsingTest {

    private final FeedDocumentParser parser = new FeedDocumentParser();

    static byte[] fixture(String name) {
        try (InputStream in = LenientFeedParsingTest.class.getResourceAsStream("/feeds/lenient/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ParsedFeed parse(String name, String contentType) throws FeedException {
        return parser.parse(fixture(name), contentType);
    }

    @Test
    void detectsUndeclaredWindows1252() throws FeedException {
        ParsedFeed feed = parse("undeclared-windows-1252.xml", "application/rss+xml");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Le café de la gare rouvre après l’été");
            assertThat(item.html()).contains("« c’est une fête »");
        });
    }

    @Test
    void ignoresADeclaredUtf8ThatIsNotUtf8() throws FeedException {
        ParsedFeed feed = parse("mislabelled-utf8.xml", "text/xml; charset=utf-8");
        assertThat(feed.items().get(0).title()).isEqualTo("Le café de la gare rouvre après l’été");
    }

    @Test
    void usesTheHttpCharsetWhenTheDocumentDeclaresNone() throws FeedException {
        ParsedFeed feed = parse("arabic-windows-1256.xml", "application/rss+xml; charset=windows-1256");
        assertThat(feed.title()).isEqualTo("أخبار المدينة");
        assertThat(feed.items().get(0).title()).isEqualTo("افتتاح مكتبة عامة جديدة في حلب");
    }

    @Test
    void prefersTheXmlDeclarationToAWrongHttpCharset() throws FeedException {
        ParsedFeed feed = parse("greek-iso-8859-7.xml", "text/xml; charset=iso-8859-1");
        assertThat(feed.title()).isEqualTo("Ειδήσεις");
        assertThat(feed.items().get(0).title()).isEqualTo("Νέα γέφυρα στη Θεσσαλονίκη");
        assertThat(feed.items().get(0).publishedAt()).as("Greek date with Rome unable to read it")
                .isEqualTo(Instant.parse("2024-05-01T07:00:00Z"));
    }

    @Test
    void followsAByteOrderMark() throws FeedException {
        ParsedFeed feed = parse("utf16le-bom.xml", "text/xml; charset=utf-8");
        assertThat(feed.items().get(0).title()).isEqualTo("افتتاح مكتبة عامة جديدة في حلب");
    }

    @Test
    void acceptsACommentBeforeTheXmlDeclaration() throws FeedException {
        ParsedFeed feed = parse("comment-before-declaration.xml", null);
        assertThat(feed.items()).hasSize(1);
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void readsUndeclaredHtmlEntitiesAndBareAmpersands() throws FeedException {
        ParsedFeed feed = parse("html-entities.xml", "application/rss+xml");
        assertThat(feed.title()).isEqualTo("City & Region");
        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Q&A: the mayor’s plan\u00A0— explained");
        assertThat(item.link()).isEqualTo("https://lenient.example.org/en/q-and-a?id=7&lang=en");
        assertThat(item.html()).isEqualTo("The plan costs €3\u00A0million … and © the city.");
    }

    @Test
    void keepsTheCompleteItemsOfATruncatedDocument() throws FeedException {
        ParsedFeed feed = parse("truncated.xml", "application/rss+xml");
        assertThat(feed.title()).isEqualTo("Cut Short");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Item 1", "Item 2");
        assertThat(feed.warnings()).singleElement().asString().startsWith("document cut short or not closed");
    }

    @Test
    void readsADocumentWhoseRootIsNeverClosed() throws FeedException {
        ParsedFeed feed = parse("unterminated-root.xml", "application/rss+xml");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Item 1", "Item 2", "Item 3");
        assertThat(feed.warnings()).hasSize(1);
    }

    @Test
    void expandsInternalEntitiesOfTheDocument() throws FeedException {
        ParsedFeed feed = parse("internal-entities.xml", "application/rss+xml");
        assertThat(feed.title()).isEqualTo("Marsad Wire Service");
        assertThat(feed.items().get(0).html()).isEqualTo("The harbour reopened. Reported by Marsad Wire Service.");
    }

    @Test
    void readsRss091WithItsPublicDoctypeWithoutLoadingIt() throws FeedException {
        ParsedFeed feed = parse("rss091-netscape-doctype.xml", "text/xml");
        assertThat(feed.language()).isEqualTo("fr");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Législatives : résultats");
            assertThat(item.html()).isEqualTo("Les résultats complets.");
        });
    }

    @Test
    void refusesABillionLaughsFast() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> parse("billion-laughs.xml", "application/rss+xml"))
                .isInstanceOf(FeedException.class).hasMessageContaining("entity expansion beyond");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void neverReadsExternalEntitiesOrDtds(@TempDir Path dir) throws IOException, FeedException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        AtomicInteger dtdRequests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            dtdRequests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String xml = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss SYSTEM "%s" [
                      <!ENTITY secret SYSTEM "%s">
                      <!ENTITY %% remote SYSTEM "%s"> %%remote;
                    ]>
                    <rss version="2.0"><channel><title>t &secret;</title><link>https://x.example/</link>
                    <description>d</description>
                    <item><title>i</title><link>https://x.example/1</link><description>&secret;</description></item>
                    </channel></rss>
                    """.formatted(dtd, secret.toUri(), dtd);

            ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml");

            assertThat(feed.title()).isEqualTo("t &secret;");
            assertThat(feed.items().get(0).html()).doesNotContain("TOP-SECRET");
            assertThat(dtdRequests.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void readsDatesInManyLanguagesAndNeverGuesses() throws FeedException {
        ParsedFeed feed = parse("dates-multilingual.xml", "application/rss+xml");
        Instant tenUtc = Instant.parse("2024-05-01T10:00:00Z");
        Instant sevenUtc = Instant.parse("2024-05-01T07:00:00Z");
        assertThat(feed.items()).extracting(FeedItem::publishedAt).containsExactly(
                Instant.parse("2024-05-01T13:00:00Z"), // pt, -03:00
                sevenUtc,                               // el
                sevenUtc,                               // ar, Levantine month name
                tenUtc,                                 // ar, Egyptian month name
                Instant.parse("2024-05-01T08:00:00Z"), // fr, CEST
                Instant.parse("2024-05-01T08:00:00Z"), // de
                tenUtc,                                 // es
                sevenUtc,                               // ru
                tenUtc,                                 // ISO with a space, no zone: UTC
                tenUtc,                                 // RFC 822
                Instant.parse("2024-05-13T08:30:00Z"), // day first, unambiguous
                null,                                   // 03/04/2024: March or April
                null);                                  // not a date
    }

    @Test
    void resolvesXmlBaseChains() throws FeedException {
        ParsedFeed feed = parse("atom-xml-base.xml", "application/atom+xml");
        assertThat(feed.items()).extracting(FeedItem::link).containsExactly(
                "https://base.example.com/news/world/talks.html",
                "https://base.example.com/sport/match.html",
                "https://elsewhere.example.net/a");
        assertThat(feed.items()).extracting(FeedItem::guid)
                .containsExactly("tag:base.example.com,2024:1", "tag:base.example.com,2024:2",
                        "tag:base.example.com,2024:3");
    }

    @Test
    void keepsGuidsOpaqueAndLinksTrimmed() throws FeedException {
        List<FeedItem> items = parse("guids-and-links.xml", "application/rss+xml").items();
        assertThat(items.get(0).guid()).isEqualTo("4711@lenient.example.org");
        assertThat(items.get(0).link()).isNull();
        assertThat(items.get(1).guid()).isNull();
        assertThat(items.get(1).link()).isNull();
        assertThat(items.get(2).link()).isEqualTo("https://lenient.example.org/en/spaced");
        assertThat(items.get(3).link()).isEqualTo("https://lenient.example.org/en/permalink");
    }

    @Test
    void keepsAtMostTheItemLimit() throws FeedException {
        ParsedFeed feed = new FeedDocumentParser(2).parse(fixture("unterminated-root.xml"), "text/xml");
        assertThat(feed.items()).hasSize(2);
        assertThat(feed.warnings()).anyMatch(w -> w.equals("3 items: only the first 2 were read"));
    }
}
