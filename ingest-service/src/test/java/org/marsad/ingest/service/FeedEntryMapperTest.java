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
            FeedStatus.NEW, null, null, null, 0, 0, 0, FETCHED, FETCHED);

    private static ParsedFeed feed(String language, FeedItem item) {
        return new ParsedFeed("Title", language, List.of(item));
    }

    @Test
    void mapsAnEntryToARawArticleOfTheSubscription() {
        FeedItem item = new FeedItem("/ar/culture/book-fair?utm_source=rss", " معرض الكتاب ", "<p>نص</p>", null,
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
        FeedItem item = new FeedItem("https://other.example.com/a", "t", null, "plain words", null, "en-GB");
        ArticleDraft draft = FeedEntryMapper.map(FEED, "X", feed("ar", item), item, FETCHED).orElseThrow();
        assertThat(draft.body()).isEqualTo("plain words");
        assertThat(draft.html()).isNull();
        assertThat(draft.languageHint()).isEqualTo("en");
        assertThat(draft.publishedAt()).isNull();
    }

    @Test
    void usesContentIdentityWhenTheLinkIsMissingOrUnusable() {
        FeedItem noLink = new FeedItem(null, null, "<p>x</p>", null, null, null);
        FeedItem badLink = new FeedItem("javascript:void(0)", null, "<p>x</p>", null, null, null);
        for (FeedItem item : List.of(noLink, badLink)) {
            RawArticle raw = FeedEntryMapper.map(FEED, "مرصد", feed(null, item), item, FETCHED).orElseThrow()
                    .toRawArticle();
            assertThat(raw.url()).isNull();
            assertThat(raw.title()).isEmpty();
            assertThat(raw.id()).isEqualTo(ArticleIds.fromContent("مرصد", "", "<p>x</p>"));
        }
    }

    @Test
    void skipsEntriesWithoutContent() {
        FeedItem item = new FeedItem("https://news.example.org/a", "headline only", " ", null, null, null);
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
                0, 0, 0, FETCHED, FETCHED);
        assertThat(unnamed.outletWithTitle("  Example News ")).isEqualTo("Example News");
        assertThat(unnamed.effectiveOutlet()).isEqualTo("news.example.org");
        assertThat(FEED.outletWithTitle("Example News")).isEqualTo("مرصد");
    }
}
