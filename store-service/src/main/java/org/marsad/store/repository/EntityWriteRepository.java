package org.marsad.store.repository;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.domain.ArticleVersion;
import org.marsad.store.domain.EntityMentions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes entities and the links from articles to them. An entity keeps the name and type it was first stored
 * with; aliases only grow. Callers pass articles that changed, so their links are replaced wholesale.
 */
@ApplicationScoped
public class EntityWriteRepository {

    private static final String UPSERT_ENTITIES = """
            INSERT INTO store.entity AS e (id, type, name, aliases)
            SELECT x.id, x.type, x.name, x.aliases
            FROM jsonb_to_recordset(?::jsonb) AS x(id text, type text, name text, aliases text[])
            ORDER BY x.id
            ON CONFLICT (id) DO UPDATE
                SET aliases = ARRAY(SELECT DISTINCT u FROM unnest(e.aliases || EXCLUDED.aliases) AS u ORDER BY u)
                WHERE NOT EXCLUDED.aliases <@ e.aliases
            """;

    private static final String DELETE_LINKS = "DELETE FROM store.article_entity WHERE article_id = ANY(?)";

    private static final String INSERT_LINKS = """
            INSERT INTO store.article_entity (article_id, entity_id, mentions)
            SELECT x.article_id, x.entity_id, x.mentions
            FROM jsonb_to_recordset(?::jsonb) AS x(article_id text, entity_id text, mentions int)
            """;

    record EntityRow(String id, String type, String name, Collection<String> aliases) {
    }

    record LinkRow(@JsonProperty("article_id") String articleId, @JsonProperty("entity_id") String entityId,
                   int mentions) {
    }

    private final ObjectMapper mapper;

    public EntityWriteRepository(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Upserts the entities of {@code articles} and makes their links exactly those the articles carry. */
    public void link(Connection connection, Collection<ArticleVersion> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        // Sorted and merged by id: an entity appears once per statement, and concurrent writers lock entity
        // rows in the same order, so they wait for each other instead of deadlocking.
        Map<String, EntityRow> entities = new TreeMap<>();
        List<LinkRow> links = new ArrayList<>();
        for (ArticleVersion article : articles) {
            for (EntityMentions e : article.entities()) {
                entities.merge(e.id(), new EntityRow(e.id(), e.type(), e.name(), new TreeSet<>(e.aliases())),
                        (kept, more) -> {
                            kept.aliases().addAll(more.aliases());
                            return kept;
                        });
                links.add(new LinkRow(article.id(), e.id(), e.mentions()));
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_LINKS)) {
            delete.setArray(1, connection.createArrayOf("text", articles.stream().map(ArticleVersion::id).toArray()));
            delete.executeUpdate();
        }
        if (entities.isEmpty()) {
            return;
        }
        execute(connection, UPSERT_ENTITIES, entities.values());
        execute(connection, INSERT_LINKS, links);
    }

    private void execute(Connection connection, String sql, Collection<?> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, mapper.writeValueAsString(rows));
            statement.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entity rows are plain JSON", e);
        }
    }
}
