package org.marsad.ingest.domain;

/**
 * An article as a client pushed it (POST /articles or one NDJSON line), before validation: every field is
 * the client's text, unknown fields are dropped.
 */
public record SubmittedArticle(
        String url,
        String outlet,
        String title,
        String body,
        String html,
        String language,
        String publishedAt) {
}
