package org.marsad.store.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.events.ArticleStored;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.StoryUpdated;
import org.marsad.store.domain.Announcement;
import org.marsad.store.domain.ArticleVersion;
import org.marsad.store.domain.EntityMentions;
import org.marsad.store.domain.StoryChange;
import org.marsad.store.story.StoryFeatures;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The one place where the wire records (events module) and the store's own records meet. */
@ApplicationScoped
public class ArticleMapper {

    /**
     * Fields that say when and how a version travelled, not what it says: left out of the content hash so that
     * re-fetching or re-enriching to the same result is recognised as unchanged.
     */
    private static final List<String> BOOKKEEPING_FIELDS = List.of("fetchedAt", "enrichedAt", "source");

    private final ObjectMapper json;
    private final StoryFeatures storyFeatures = new StoryFeatures();

    public ArticleMapper(ObjectMapper json) {
        this.json = json;
    }

    public ArticleVersion toVersion(EnrichedArticle article) {
        ObjectNode tree = json.valueToTree(article);
        String doc = write(tree);
        tree.remove(BOOKKEEPING_FIELDS);
        List<EntityMentions> entities = entities(article.entities());
        String names = entities.stream()
                .flatMap(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream()))
                .collect(Collectors.joining(" "));
        return new ArticleVersion(article.id(), article.url(), article.outlet(), article.feedId(),
                article.title() == null ? "" : article.title(),
                article.language() == null ? EnrichedArticle.UNKNOWN_LANGUAGE : article.language(),
                article.publishedAt(), article.fetchedAt(), article.enrichedAt(), article.summary(),
                sha256(write(tree)), article.fingerprint(), article.pipelineVersion(), doc,
                article.cleanText() != null ? article.cleanText() : article.body(), names, entities,
                storyFeatures.of(article));
    }

    public ArticleStored toEvent(Announcement stored) {
        return new ArticleStored(ArticleStored.SCHEMA_VERSION, stored.id(), stored.outlet(), stored.title(),
                stored.language(), stored.summary(), stored.publishedAt(), stored.storedAt(), stored.storyId());
    }

    public StoryUpdated toEvent(StoryChange story) {
        return new StoryUpdated(StoryUpdated.SCHEMA_VERSION, story.id(), story.title(), story.articleCount(),
                story.outlets(), story.languages(), story.firstPublishedAt(), story.lastPublishedAt(),
                story.updatedAt(), story.articleId(), story.mergedInto(), story.storylineId());
    }

    /** One row per entity id (an article may list an entity twice), with its mentions added up. */
    private static List<EntityMentions> entities(List<Entity> entities) {
        if (entities == null) {
            return List.of();
        }
        Map<String, EntityMentions> byId = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e == null || e.id() == null) {
                continue;
            }
            TreeSet<String> aliases = new TreeSet<>();
            if (e.aliases() != null) {
                e.aliases().stream().filter(Objects::nonNull).forEach(aliases::add);
            }
            EntityMentions row = new EntityMentions(e.id(), (e.type() == null ? EntityType.MISC : e.type()).name(),
                    e.name() == null ? e.id() : e.name(), List.copyOf(aliases),
                    e.mentions() == null ? 0 : e.mentions().size());
            byId.merge(e.id(), row, ArticleMapper::merge);
        }
        return new ArrayList<>(byId.values());
    }

    private static EntityMentions merge(EntityMentions kept, EntityMentions more) {
        TreeSet<String> aliases = new TreeSet<>(kept.aliases());
        aliases.addAll(more.aliases());
        return new EntityMentions(kept.id(), kept.type(), kept.name(), List.copyOf(aliases),
                kept.mentions() + more.mentions());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an EnrichedArticle always serialises", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
