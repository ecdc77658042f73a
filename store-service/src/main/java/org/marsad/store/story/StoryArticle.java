package org.marsad.store.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What story assignment knows of an article: when it was published, what it names and which stemmed terms it
 * uses (title terms counted twice), and its SimHash fingerprint when it has a valid one.
 *
 * @param publishedAt publication time, or the time it was fetched when the source gave none
 * @param terms       stemmed content terms and their counts, stopwords removed
 * @param titleTerms  the stemmed terms of the title alone: the headline names the event most precisely
 */
public record StoryArticle(String id, String outlet, String title, String language, Instant publishedAt,
                           List<KeyEntity> entities, Map<String, Integer> terms, Map<String, Integer> titleTerms,
                           OptionalLong fingerprint) {

    /** The UTC day of publication: the grain of the candidate index. */
    public LocalDate day() {
        return LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
    }
}
