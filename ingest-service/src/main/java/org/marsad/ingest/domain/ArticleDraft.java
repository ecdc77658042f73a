package org.marsad.ingest.domain;

import org.marsad.events.ArticleIds;
import org.marsad.events.RawArticle;

import java.time.Instant;

/**
 * A valid article from any source (push or feed) before it has its identity. {@link #toRawArticle()} is the
 * one place where canonical URL and id are derived, so pushed and polled copies of an article agree.
 *
 * @param url an absolute http(s) URL or null
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
        String source) {

    public RawArticle toRawArticle() {
        String canonicalUrl = url == null ? null : CanonicalUrl.of(url);
        String id = canonicalUrl != null
                ? ArticleIds.fromCanonicalUrl(canonicalUrl)
                : ArticleIds.fromContent(outlet, title, body != null ? body : html);
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, url == null ? null : url.strip(), canonicalUrl,
                outlet, feedId, feedUrl, title, body, html, languageHint, publishedAt, fetchedAt, source);
    }
}
