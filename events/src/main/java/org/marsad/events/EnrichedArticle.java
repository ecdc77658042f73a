package org.marsad.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An article after the NLP pipeline: the value of topic {@code articles.enriched}, keyed by {@link #id()}.
 * It carries every field of {@link RawArticle} (flat, so clients read one shape) plus the enrichment.
 *
 * <p>All offsets ({@code start} inclusive, {@code end} exclusive, in UTF-16 code units as Java and
 * JavaScript count them) point into {@link #cleanText()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrichedArticle(
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
        String source,
        // enrichment
        String cleanText,
        String language,
        double languageConfidence,
        List<Span> sentences,
        List<Entity> entities,
        List<Quote> quotes,
        List<NumberMention> numbers,
        List<DateMention> dates,
        List<Keyword> keywords,
        String summary,
        List<Repair> repairs,
        String fingerprint,
        String pipelineVersion,
        Instant enrichedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "articles.enriched";

    /** Language code for text whose language could not be identified. */
    public static final String UNKNOWN_LANGUAGE = "und";

    /** The raw article this was enriched from (drops the enrichment). */
    public RawArticle raw() {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, url, canonicalUrl, outlet, feedId, feedUrl, title,
                body, html, languageHint, publishedAt, fetchedAt, source);
    }

    /** Builds an enriched article from its raw article and the enrichment computed for it. */
    public static EnrichedArticle of(RawArticle raw, Enrichment nlp, Instant enrichedAt) {
        return new EnrichedArticle(SCHEMA_VERSION, raw.id(), raw.url(), raw.canonicalUrl(), raw.outlet(),
                raw.feedId(), raw.feedUrl(), raw.title(), raw.body(), raw.html(), raw.languageHint(),
                raw.publishedAt(), raw.fetchedAt(), raw.source(),
                nlp.cleanText(), nlp.language(), nlp.languageConfidence(), nlp.sentences(), nlp.entities(),
                nlp.quotes(), nlp.numbers(), nlp.dates(), nlp.keywords(), nlp.summary(), nlp.repairs(),
                nlp.fingerprint(), nlp.pipelineVersion(), enrichedAt);
    }
}
