package org.marsad.ingest.service;

import jakarta.inject.Singleton;
import org.marsad.ingest.domain.ArticleDraft;
import org.marsad.ingest.domain.CanonicalUrl;
import org.marsad.ingest.domain.SubmittedArticle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for a pushed article; each refusal names the field. Nothing is guessed: an unreadable date is
 * refused rather than replaced, a date without an offset is refused rather than given one.
 */
@Singleton
public class ArticleValidator {

    static final int MAX_OUTLET = 200;
    static final int MAX_TITLE = 1000;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2}");

    public ArticleDraft validate(SubmittedArticle in, Instant fetchedAt) {
        String outlet = blankToNull(in.outlet());
        if (outlet == null) {
            throw new InvalidArticleException("outlet is required");
        }
        if (outlet.length() > MAX_OUTLET) {
            throw new InvalidArticleException("outlet must be at most " + MAX_OUTLET + " characters");
        }
        if (in.title() == null) {
            throw new InvalidArticleException("title is required (it may be empty)");
        }
        String title = in.title().strip();
        if (title.length() > MAX_TITLE) {
            throw new InvalidArticleException("title must be at most " + MAX_TITLE + " characters");
        }
        String body = blankToNull(in.body());
        String html = blankToNull(in.html());
        if (body == null && html == null) {
            throw new InvalidArticleException("body or html is required");
        }
        return new ArticleDraft(url(in.url()), outlet, null, null, title, body, html, language(in.language()),
                publishedAt(in.publishedAt()), fetchedAt, "push", null);
    }

    private static String url(String value) {
        String url = blankToNull(value);
        if (url == null) {
            return null;
        }
        try {
            CanonicalUrl.parse(url);
            return url;
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("url " + e.getMessage());
        }
    }

    private static String language(String value) {
        String language = blankToNull(value);
        if (language == null) {
            return null;
        }
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidArticleException("language must be a two-letter ISO 639-1 code such as \"ar\"");
        }
        return language.toLowerCase(Locale.ROOT);
    }

    private static Instant publishedAt(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("publishedAt must be an ISO-8601 date-time with an offset, "
                    + "such as 2024-05-01T09:30:00Z or 2024-05-01T12:30:00+03:00");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
