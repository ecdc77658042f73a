package org.marsad.ingest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleIds;
import org.marsad.events.RawArticle;
import org.marsad.ingest.domain.ArticleDraft;
import org.marsad.ingest.domain.SubmittedArticle;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleValidatorTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private final ArticleValidator validator = new ArticleValidator();
    private final ArticleReader reader = new ArticleReader(new ObjectMapper());

    private static SubmittedArticle article(String url, String outlet, String title, String body, String html,
                                            String language, String publishedAt) {
        return new SubmittedArticle(url, outlet, title, body, html, language, publishedAt);
    }

    @Test
    void acceptsACompleteArabicArticleAndDerivesTheIdFromTheCanonicalUrl() {
        ArticleDraft draft = validator.validate(article(" https://SANA.sy/ar/news/1/?utm_source=x ", "سانا",
                " عنوان الخبر ", "نص الخبر", null, "AR", "2024-05-01T12:30:00+03:00"), NOW);
        RawArticle raw = draft.toRawArticle();

        assertThat(raw.canonicalUrl()).isEqualTo("https://sana.sy/ar/news/1");
        assertThat(raw.id()).isEqualTo(ArticleIds.fromCanonicalUrl("https://sana.sy/ar/news/1"));
        assertThat(raw.url()).isEqualTo("https://SANA.sy/ar/news/1/?utm_source=x");
        assertThat(raw.title()).isEqualTo("عنوان الخبر");
        assertThat(raw.languageHint()).isEqualTo("ar");
        assertThat(raw.publishedAt()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(raw.fetchedAt()).isEqualTo(NOW);
        assertThat(raw.source()).isEqualTo("push");
        assertThat(raw.schemaVersion()).isEqualTo(RawArticle.SCHEMA_VERSION);
    }

    @Test
    void derivesTheIdFromTheContentWhenThereIsNoUrl() {
        RawArticle raw = validator.validate(article(null, "SANA", "Title", null, "<p>Body</p>", null, null), NOW)
                .toRawArticle();
        assertThat(raw.id()).isEqualTo(ArticleIds.fromContent("SANA", "Title", "<p>Body</p>"));
        assertThat(raw.canonicalUrl()).isNull();
        assertThat(raw.publishedAt()).isNull();
    }

    @Test
    void acceptsAnEmptyTitle() {
        assertThat(validator.validate(article(null, "X", "", "body", null, null, null), NOW).title()).isEmpty();
    }

    @Test
    void namesTheFieldOfEachRefusal() {
        assertRefused(article(null, null, "t", "b", null, null, null), "outlet is required");
        assertRefused(article(null, "  ", "t", "b", null, null, null), "outlet is required");
        assertRefused(article(null, "x".repeat(201), "t", "b", null, null, null), "outlet must be at most 200");
        assertRefused(article(null, "o", null, "b", null, null, null), "title is required");
        assertRefused(article(null, "o", "t".repeat(1001), "b", null, null, null), "title must be at most 1000");
        assertRefused(article(null, "o", "t", null, null, null, null), "body or html is required");
        assertRefused(article(null, "o", "t", " ", "\n", null, null), "body or html is required");
        assertRefused(article("ftp://example.org/a", "o", "t", "b", null, null, null), "url must be an absolute http(s) URL");
        assertRefused(article("/relative", "o", "t", "b", null, null, null), "url must be an absolute http(s) URL");
        assertRefused(article(null, "o", "t", "b", null, "ara", null), "language must be a two-letter");
        assertRefused(article(null, "o", "t", "b", null, "ar-SY", null), "language must be a two-letter");
    }

    @Test
    void refusesDatesItCannotReadInsteadOfGuessing() {
        assertRefused(article(null, "o", "t", "b", null, null, "yesterday"), "publishedAt must be");
        assertRefused(article(null, "o", "t", "b", null, null, "2024-05-01"), "publishedAt must be");
        assertRefused(article(null, "o", "t", "b", null, null, "2024-05-01T10:00:00"), "publishedAt must be");
        assertThat(validator.validate(article(null, "o", "t", "b", null, null, "2024-05-01T10:00:00Z"), NOW)
                .publishedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void readerIgnoresUnknownFieldsAndRefusesBrokenInput() {
        SubmittedArticle read = reader.read("{\"outlet\":\"o\",\"title\":\"t\",\"body\":\"b\",\"extra\":{\"x\":1}}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(read.outlet()).isEqualTo("o");

        assertThatThrownBy(() -> reader.read("{\"outlet\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidArticleException.class).hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> reader.read(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))
                .isInstanceOf(InvalidArticleException.class).hasMessage("not valid UTF-8");
        assertThatThrownBy(() -> reader.read("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("expected a JSON object");
        assertThatThrownBy(() -> reader.read("{\"title\":{\"a\":1}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("title must be a string");
        assertThatThrownBy(() -> reader.read("{\"title\":\"a\"} trailing".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("malformed JSON");
    }

    private void assertRefused(SubmittedArticle in, String message) {
        assertThatThrownBy(() -> validator.validate(in, NOW))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining(message);
    }
}
