package org.marsad.events;

import java.util.List;

/**
 * What the NLP pipeline computes for one article; {@link EnrichedArticle#of} joins it to the raw article.
 * Not a message on its own: it keeps the pipeline's output in one typed value.
 */
public record Enrichment(
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
        String pipelineVersion) {
}
