package org.marsad.store.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.domain.StoryChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The bookkeeping of story announcements (the stories themselves are written by {@link JdbcStoryIndex}). */
@ApplicationScoped
public class StoryWriteRepository {

    private static final String UNANNOUNCED = """
            SELECT s.id, s.seq, s.title, s.article_count, s.first_published_at, s.last_published_at, s.updated_at,
                   s.last_article_id, s.merged_into, s.storyline_id,
                   (SELECT array_agg(DISTINCT a.outlet) FROM store.article a WHERE a.story_id = s.id) AS outlets,
                   (SELECT array_agg(DISTINCT a.language) FROM store.article a WHERE a.story_id = s.id) AS languages
            FROM store.story s WHERE NOT s.announced ORDER BY s.seq LIMIT ?
            """;

    private static final String MARK_ANNOUNCED = """
            UPDATE store.story AS s SET announced = true
            FROM unnest(?::text[], ?::bigint[]) AS x(id, seq)
            WHERE s.id = x.id AND s.seq = x.seq
            """;

    /** Story versions not announced yet, oldest change first: those of any batch, also one that crashed. */
    public List<StoryChange> unannounced(Connection connection, int limit) throws SQLException {
        List<StoryChange> pending = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(UNANNOUNCED)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    pending.add(new StoryChange(rs.getString("id"), rs.getLong("seq"), rs.getString("title"),
                            rs.getInt("article_count"), Rows.strings(rs, "outlets"), Rows.strings(rs, "languages"),
                            Rows.instant(rs, "first_published_at"), Rows.instant(rs, "last_published_at"),
                            Rows.instant(rs, "updated_at"), rs.getString("last_article_id"),
                            rs.getString("merged_into"), rs.getString("storyline_id")));
                }
            }
        }
        return pending;
    }

    public void markAnnounced(Connection connection, List<StoryChange> announced) throws SQLException {
        if (announced.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(MARK_ANNOUNCED)) {
            statement.setArray(1, connection.createArrayOf("text", announced.stream().map(StoryChange::id).toArray()));
            statement.setArray(2, connection.createArrayOf("bigint",
                    announced.stream().map(StoryChange::seq).toArray()));
            statement.executeUpdate();
        }
    }
}
