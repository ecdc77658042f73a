package org.marsad.store.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.domain.EntityRef;
import org.marsad.store.domain.StoryDetails;
import org.marsad.store.domain.StoryQuery;
import org.marsad.store.domain.StorySummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stories: filtered lists of summaries, one story's merge history and relations, its documents. */
@ApplicationScoped
public class StoryReadRepository {

    private static final String STORY_COLUMNS = """
            SELECT s.id, s.title, s.article_count, s.first_published_at, s.last_published_at, s.updated_at,
                   s.storyline_id
            FROM store.story s
            """;

    private static final String TOP_ENTITIES = """
            SELECT story_id, id, type, name FROM (
                SELECT a.story_id, e.id, e.type, e.name,
                       row_number() OVER (PARTITION BY a.story_id
                                          ORDER BY count(*) DESC, sum(ae.mentions) DESC, e.id) AS n
                FROM store.article a
                JOIN store.article_entity ae ON ae.article_id = a.id
                JOIN store.entity e ON e.id = ae.entity_id
                WHERE a.story_id = ANY(?)
                GROUP BY a.story_id, e.id, e.type, e.name) ranked
            WHERE n <= ?
            ORDER BY story_id, n
            """;

    private static final String MERGED_FROM = """
            WITH RECURSIVE m(id) AS (
                SELECT id FROM store.story WHERE merged_into = ?
                UNION ALL
                SELECT s.id FROM store.story s JOIN m ON s.merged_into = m.id)
            SELECT id FROM m ORDER BY id
            """;

    private static final String RELATED = """
            SELECT s.id, s.title, s.first_published_at FROM store.story s
            WHERE s.merged_into IS NULL AND s.id <> ?
              AND (s.storyline_id = ? OR s.id = ?
                   OR s.id IN (SELECT other_id FROM store.story_link WHERE story_id = ?)
                   OR s.id IN (SELECT story_id FROM store.story_link WHERE other_id = ?))
            ORDER BY s.first_published_at, s.id
            LIMIT 50
            """;

    private final Transactions transactions;

    public StoryReadRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The live story an id names now: itself, or the survivor it was merged into. */
    public Optional<String> resolve(String id) {
        return transactions.withConnection(c -> JdbcStoryIndex.resolve(c, id));
    }

    /** Up to {@code fetch} live stories matching {@code query}, most recently updated first. */
    public List<StorySummary> list(StoryQuery query, int fetch) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(STORY_COLUMNS).append(" WHERE s.merged_into IS NULL");
        if (query.since() != null) {
            sql.append(" AND s.last_published_at >= ?");
            params.add(Rows.timestamp(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND s.first_published_at < ?");
            params.add(Rows.timestamp(query.until()));
        }
        if (query.entityId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM store.article a JOIN store.article_entity ae"
                    + " ON ae.article_id = a.id WHERE a.story_id = s.id AND ae.entity_id = ?)");
            params.add(query.entityId());
        }
        if (query.outlet() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM store.article a WHERE a.story_id = s.id AND a.outlet = ?)");
            params.add(query.outlet());
        }
        if (query.after() != null) {
            sql.append(" AND (s.updated_at, s.id) < (?, ?)");
            params.add(Rows.timestamp(query.after().sortAt()));
            params.add(query.after().id());
        }
        sql.append(" ORDER BY s.updated_at DESC, s.id DESC LIMIT ?");
        params.add(fetch);
        return transactions.withConnection(c -> completed(c, select(c, sql.toString(), params)));
    }

    /** One live story's summary. */
    public Optional<StorySummary> find(String liveId) {
        return transactions.withConnection(c ->
                completed(c, select(c, STORY_COLUMNS + " WHERE s.id = ?", List.of(liveId))).stream().findFirst());
    }

    /** Every story merged into {@code liveId}, directly or through another merged story. */
    public List<String> mergedFrom(String liveId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement statement = c.prepareStatement(MERGED_FROM)) {
                statement.setString(1, liveId);
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Live stories of the same storyline or linked to it, oldest first. */
    public List<StoryDetails.RelatedStory> related(String liveId, String storylineId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement statement = c.prepareStatement(RELATED)) {
                statement.setString(1, liveId);
                statement.setString(2, storylineId);
                statement.setString(3, storylineId);
                statement.setString(4, liveId);
                statement.setString(5, liveId);
                List<StoryDetails.RelatedStory> related = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        related.add(new StoryDetails.RelatedStory(rs.getString("id"), rs.getString("title"),
                                "storyline", Rows.instant(rs, "first_published_at")));
                    }
                }
                return related;
            }
        });
    }

    /** The stored documents (EnrichedArticle JSON) of a story's articles, oldest first, at most {@code limit}. */
    public List<String> documents(String liveId, int limit) {
        return transactions.withConnection(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT doc::text FROM store.article WHERE story_id = ? ORDER BY sort_at, id LIMIT ?")) {
                statement.setString(1, liveId);
                statement.setInt(2, limit);
                List<String> docs = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        docs.add(rs.getString(1));
                    }
                }
                return docs;
            }
        });
    }

    private static List<StorySummary> select(Connection c, String sql, List<Object> params) throws SQLException {
        List<StorySummary> found = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new StorySummary(rs.getString("id"), rs.getString("title"), rs.getInt("article_count"),
                            List.of(), List.of(), Rows.instant(rs, "first_published_at"),
                            Rows.instant(rs, "last_published_at"), Rows.instant(rs, "updated_at"), List.of(),
                            rs.getString("storyline_id")));
                }
            }
        }
        return found;
    }

    /** Adds outlets, languages and top entities to the stories, three grouped queries for the whole page. */
    private static List<StorySummary> completed(Connection c, List<StorySummary> stories) throws SQLException {
        if (stories.isEmpty()) {
            return stories;
        }
        Object[] ids = stories.stream().map(StorySummary::id).toArray();
        Map<String, List<StorySummary.OutletCount>> outlets = new HashMap<>();
        Map<String, List<String>> languages = new HashMap<>();
        Map<String, List<EntityRef>> entities = new HashMap<>();
        try (PreparedStatement statement = c.prepareStatement("SELECT story_id, outlet, count(*) AS n"
                + " FROM store.article WHERE story_id = ANY(?) GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2")) {
            statement.setArray(1, c.createArrayOf("text", ids));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    outlets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new StorySummary.OutletCount(rs.getString(2), rs.getInt(3)));
                }
            }
        }
        try (PreparedStatement statement = c.prepareStatement("SELECT story_id, language"
                + " FROM store.article WHERE story_id = ANY(?) GROUP BY 1, 2 ORDER BY 1, 2")) {
            statement.setArray(1, c.createArrayOf("text", ids));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    languages.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        try (PreparedStatement statement = c.prepareStatement(TOP_ENTITIES)) {
            statement.setArray(1, c.createArrayOf("text", ids));
            statement.setInt(2, StorySummary.MAX_ENTITIES);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    entities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new EntityRef(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return stories.stream().map(s -> s.with(outlets.getOrDefault(s.id(), List.of()),
                languages.getOrDefault(s.id(), List.of()), entities.getOrDefault(s.id(), List.of()))).toList();
    }
}
