package org.marsad.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * An article as collected, before enrichment: the value of topic {@code articles.raw}, keyed by {@link #id()}.
 *
 * <p>Exactly one of {@link #body()} (plain text) and {@link #html()} is expected; both may be present when a
 * feed carries both. {@link #publishedAt()} is null when the source gave no readable date: it is never
 * invented, and {@link #fetchedAt()} says when Marsad saw the article.
 *
 * @param schemaVersion version of this record's shape, {@link #SCHEMA_VERSION} when written by this code
 * @param id            stable id, see {@link ArticleIds}
 * @param url           the link as the source gave it (may be null for pushed articles)
 * @param canonicalUrl  the link after canonicalisation, from which {@code id} is derived
 * @param outlet        the outlet's name (e.g. "SANA"); never blank
 * @param feedId        the subscription this came from, null for pushed articles
 * @param feedUrl       the feed this came from, null for pushed articles
 * @param title         headline; may be empty but not null
 * @param body          plain text body, or null
 * @param html          HTML body, or null
 * @param languageHint  ISO 639-1 code the source claims, or null
 * @param publishedAt   publication time, or null when unknown
 * @param fetchedAt     when Marsad received it
 * @param source        how it arrived: "push", "feed" or "replay"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RawArticle(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
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

    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "articles.raw";
}
