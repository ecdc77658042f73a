package org.marsad.ingest.domain;

import org.marsad.events.ArticleIds;
import org.marsad.events.RawArticle;

import java.time.Instant;

/**
 * A valid article from any source (push or feed) before it has its identity. {@link #toRawArticle()} is the
 * one place where canonical URL and id are derived, so pushed and polled copies of an article agree.
 *
 * @param url  an absolute http(s) URL or null
 * @param guid the feed entry's own identifier (opaque), or null: with no URL, it keys the article within its
 *             feed, so that an entry without a link keeps one id when its text is corrected
 */
public record ArticleDraft(
        String url,
        String outlet,
        String feedId,
        String feedUrl,
        String title,
        String body,
        String html,
        String languageHint,
        Instant publishedAt,
        Instant fetchedAt,
        String source,
        String guid) {

    public RawArticle toRawArticle() {
        String canonicalUrl = url == null ? null : CanonicalUrl.ofArticle(url);
        String id;
        if (canonicalUrl != null) {
            id = ArticleIds.fromCanonicalUrl(canonicalUrl);
        } else if (guid != null && feedId != null) {
            // Same shape as ArticleIds (16 bytes of SHA-256, hex) in a namespace of its own.
            id = ContentHash.sha256Hex("guid\n" + feedId + "\n" + guid).substring(0, 32);
        } else {
            id = ArticleIds.fromContent(outlet, title, body != null ? body : html);
        }
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, url == null ? null : url.strip(), canonicalUrl,
                outlet, feedId, feedUrl, title, body, html, languageHint, publishedAt, fetchedAt, source);
    }
}
