package org.marsad.store.domain;

import java.util.List;

/** One entity with its counts, its latest articles and its latest stories, for {@code /entities/{id}}. */
public record EntityDetails(String id, String type, String name, List<String> aliases, long articleCount,
                            long mentionCount, List<ArticleSummary> articles, List<StorySummary> stories) {

    public static EntityDetails of(EntityStats entity, List<ArticleSummary> articles, List<StorySummary> stories) {
        return new EntityDetails(entity.id(), entity.type(), entity.name(), entity.aliases(), entity.articleCount(),
                entity.mentionCount(), articles, stories);
    }
}
