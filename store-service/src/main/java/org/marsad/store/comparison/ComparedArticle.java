package org.marsad.store.comparison;

import org.marsad.events.EnrichedArticle;
import org.marsad.events.Entity;
import org.marsad.events.Keyword;
import org.marsad.events.NumberMention;
import org.marsad.events.Quote;

import java.time.Instant;
import java.util.List;

/**
 * What the comparison needs of one article of a story: who published it, its text and what the NLP found in it.
 * Offsets of entities, quotes and numbers point into {@code cleanText}.
 */
public record ComparedArticle(
        String id,
        String outlet,
        String language,
        String title,
        Instant publishedAt,
        String cleanText,
        List<Entity> entities,
        List<Quote> quotes,
        List<NumberMention> numbers,
        List<Keyword> keywords) {

    public ComparedArticle {
        cleanText = cleanText == null ? "" : cleanText;
        entities = entities == null ? List.of() : List.copyOf(entities);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public static ComparedArticle of(EnrichedArticle a) {
        return new ComparedArticle(a.id(), a.outlet(), a.language(), a.title(), a.publishedAt(), a.cleanText(),
                a.entities(), a.quotes(), a.numbers(), a.keywords());
    }
}
