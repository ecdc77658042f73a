package org.marsad.store.domain;

import java.util.List;

/** One entity with its counts and its latest articles, for {@code /entities/{id}}. */
public record EntityDetails(String id, String type, String name, List<String> aliases, long articleCount,
                            long mentionCount, List<ArticleSummary> articles) {

    public static EntityDetails of(EntityStats entity, List<ArticleSummary> articles) {
        return new EntityDetails(entity.id(), entity.type(), entity.name(), entity.aliases(), entity.articleCount(),
                entity.mentionCount(), articles);
    }
}
