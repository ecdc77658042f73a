package org.marsad.store.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.config.StoreConfig;
import org.marsad.store.domain.ArticleQuery;
import org.marsad.store.domain.EntityDetails;
import org.marsad.store.domain.EntityStats;
import org.marsad.store.repository.ArticleReadRepository;
import org.marsad.store.repository.EntityReadRepository;
import org.marsad.store.repository.StoryReadRepository;
import org.marsad.store.domain.StoryQuery;

import java.util.List;
import java.util.Optional;

/** Entities with their counts, and one entity with its latest articles and stories. */
@ApplicationScoped
public class EntityCatalog {

    private final EntityReadRepository entities;
    private final ArticleReadRepository articles;
    private final StoryReadRepository stories;
    private final StoreConfig config;

    public EntityCatalog(EntityReadRepository entities, ArticleReadRepository articles, StoryReadRepository stories,
                         StoreConfig config) {
        this.entities = entities;
        this.articles = articles;
        this.stories = stories;
        this.config = config;
    }

    public List<EntityStats> list(String q, String type, int limit) {
        return entities.list(q, type, limit);
    }

    public Optional<EntityDetails> find(String id) {
        return entities.find(id).map(e -> EntityDetails.of(e,
                articles.list(ArticleQuery.byEntity(id, config.defaultLimit()), config.defaultLimit()),
                stories.list(StoryQuery.byEntity(id, config.defaultLimit()), config.defaultLimit())));
    }
}
