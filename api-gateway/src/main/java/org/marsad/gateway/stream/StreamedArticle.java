package org.marsad.gateway.stream;

import org.marsad.events.ArticleStored;

/**
 * One article on the live stream.
 *
 * @param eventId {@code <partition>-<offset>} of its Kafka record: unique, and ordered within a partition
 * @param article the announcement as published on {@code articles.stored}
 */
public record StreamedArticle(String eventId, ArticleStored article) {
}
