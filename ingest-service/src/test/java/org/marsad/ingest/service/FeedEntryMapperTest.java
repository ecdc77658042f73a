package org.marsad.ingest.service;

import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleIds;
import org.marsad.events.RawArticle;
import org.marsad.ingest.domain.ArticleDraft;
import org.marsad.ingest.domain.Feed;
import org.marsad.ingest.domain.FeedStatus;
import org.marsad.ingest.feed.FeedItem;
import org.marsad.ingest.feed.ParsedFeed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FeedEntryMapperTest {

    private static final Instant FETCHED = Instant.parse("2024-05-01T10:00:00Z");
    private static final String FEED_URL = "https://news.example.org/ar/rss.xml";
    private static final Feed FEED = new Feed(Feed.idFor(FEED_URL), FEED_URL, "مرصد", null, 300, null, null,
            FeedStatus.NEW, null, null, null, 0, 0, 0, FETCHED, FETCHED, false, null, null, null);

    private static ParsedFeed feed(String language, FeedItem item) {
        return new ParsedFeed("Title", language, List.of(item));
    }

    @Test
    void mapsAnEntryToARawArticleOfTheSubscription() {
        FeedItem item = new FeedItem("/ar/culture/book-fair?utm_source=rss", null, " معرض الكتاب ", "<p>نص</p>", null,
                Instant.parse("2024-05-01T06:30:00Z"), null);

        RawArticle raw = FeedEntryMapper.map(FEED, "مرصد", feed("ar-SY", item), item, FETCHED).orElseThrow()
                .toRawArticle();

        assertThat(raw.url()).isEqualTo("https://news.example.org/ar/culture/book-fair?utm_source=rss");
        assertThat(raw.canonicalUrl()).isEqualTo("https://news.example.org/ar/culture/book-fair");
        assertThat(raw.id()).isEqualTo(ArticleIds.fromCanonicalUrl("https://news.example.org/ar/culture/book-fair"));
        assertThat(raw.outlet()).isEqualTo("مرصد");
        assertThat(raw.feedId()).isEqualTo(FEED.id());
        assertThat(raw.feedUrl()).isEqualTo(FEED_URL);
        assertThat(raw.title()).isEqualTo("معرض الكتاب");
        assertThat(raw.html()).isEqualTo("<p>نص</p>");
        assertThat(raw.body()).isNull();
        assertThat(raw.languageHint()).isEqualTo("ar");
        assertThat(raw.publishedAt()).isEqualTo(Instant.parse("2024-05-01T06:30:00Z"));
        assertThat(raw.fetchedAt()).isEqualTo(FETCHED);
        assertThat(raw.source()).isEqualTo("feed");
    }

    @Test
    void putsPlainTextInTheBodyAndPrefersTheEntryLanguage() {
        FeedItem item = new FeedItem("https://other.example.com/a", null, "t", null, "plain words", null, "en-GB");
        ArticleDraft draft = FeedEntryMapper.map(FEED, "X", feed("ar", item), item, FETCHED).orElseThrow();
        assertThat(draft.body()).isEqualTo("plain words");
        assertThat(draft.html()).isNull();
        assertThat(draft.languageHint()).isEqualTo("en");
        assertThat(draft.publishedAt()).isNull();
    }

    @Test
    void usesContentIdentityWhenTheLinkIsMissingOrUnusable() {
        FeedItem noLink = new FeedItem(null, null, null, "<p>x</p>", null, null, null);
        FeedItem badLink = new FeedItem("javascript:void(0)", null, null, "<p>x</p>", null, null, null);
        for (FeedItem item : List.of(noLink, badLink)) {
            RawArticle raw = FeedEntryMapper.map(FEED, "مرصد", feed(null, item), item, FETCHED).orElseThrow()
                    .toRawArticle();
            assertThat(raw.url()).isNull();
            assertThat(raw.title()).isEmpty();
            assertThat(raw.id()).isEqualTo(ArticleIds.fromContent("مرصد", "", "<p>x</p>"));
        }
    }

    @Test
    void keysAnEntryWithoutLinkByItsGuidSoACorrectionKeepsItsId() {
        FeedItem first = new FeedItem(null, "urn:news:4711", "t", "<p>first version</p>", null, null, null);
        FeedItem corrected = new FeedItem(null, "urn:news:4711", "t", "<p>corrected version</p>", null, null, null);
        FeedItem other = new FeedItem(null, "urn:news:4712", "t", "<p>first version</p>", null, null, null);

        RawArticle a = FeedEntryMapper.map(FEED, "X", feed(null, first), first, FETCHED).orElseThrow().toRawArticle();
        RawArticle b = FeedEntryMapper.map(FEED, "X", feed(null, corrected), corrected, FETCHED).orElseThrow()
                .toRawArticle();
        RawArticle c = FeedEntryMapper.map(FEED, "X", feed(null, other), other, FETCHED).orElseThrow().toRawArticle();

        assertThat(a.url()).isNull();
        assertThat(a.id()).matches("[0-9a-f]{32}").isEqualTo(b.id()).isNotEqualTo(c.id());
    }

    @Test
    void resolvesLinksAgainstTheDocumentUrlAfterRedirects() {
        FeedItem item = new FeedItem("  story/1.html \n", null, "t", "<p>x</p>", null, null, null);
        ArticleDraft draft = FeedEntryMapper.map(FEED, "https://cdn.example.net/feeds/ar/", "X", feed(null, item),
                item, FETCHED).orElseThrow();
        assertThat(draft.url()).isEqualTo("https://cdn.example.net/feeds/ar/story/1.html");
    }

    @Test
    void skipsEntriesWithoutContent() {
        FeedItem item = new FeedItem("https://news.example.org/a", null, "headline only", " ", null, null, null);
        assertThat(FeedEntryMapper.map(FEED, "X", feed(null, item), item, FETCHED)).isEqualTo(Optional.empty());
    }

    @Test
    void keepsOnlyTwoLetterLanguageCodes() {
        assertThat(FeedEntryMapper.languageCode("ar")).isEqualTo("ar");
        assertThat(FeedEntryMapper.languageCode("en_US")).isEqualTo("en");
        assertThat(FeedEntryMapper.languageCode("ara")).isNull();
        assertThat(FeedEntryMapper.languageCode("")).isNull();
    }

    @Test
    void theOutletOfAnUnnamedSubscriptionIsTheFeedTitleThenTheHost() {
        Feed unnamed = new Feed(FEED.id(), FEED_URL, null, null, 300, null, null, FeedStatus.NEW, null, null, null,
                0, 0, 0, FETCHED, FETCHED, false, null, null, null);
        assertThat(unnamed.outletWithTitle("  Example News ")).isEqualTo("Example News");
        assertThat(unnamed.effectiveOutlet()).isEqualTo("news.example.org");
        assertThat(FEED.outletWithTitle("Example News")).isEqualTo("مرصد");
    }
}
