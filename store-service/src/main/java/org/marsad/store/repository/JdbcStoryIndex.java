package org.marsad.store.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.store.story.Assignment;
import org.marsad.store.story.DocumentFrequencies;
import org.marsad.store.story.NearDuplicate;
import org.marsad.store.story.Placement;
import org.marsad.store.story.SimHashBands;
import org.marsad.store.story.StoryIndex;
import org.marsad.store.story.StoryProfile;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The story index in PostgreSQL (V2 migration), working inside the caller's transaction: one instance per
 * transaction. Candidate lookups read the key index only for the days of the window, and near-duplicate lookups
 * four fingerprint bands, so neither grows with the store.
 */
public final class JdbcStoryIndex implements StoryIndex {

    /** The key under which {@code store.key_frequency} counts the articles themselves. */
    static final String DOCUMENTS = "#";

    private static final TypeReference<Map<String, Map<String, Double>>> PROFILE = new TypeReference<>() {
    };

    private static final String STORY_COLUMNS =
            "s.id, s.title, s.article_count, s.first_published_at, s.last_published_at, s.storyline_id, s.profile::text";

    private static final String CANDIDATES = """
            SELECT %s
            FROM (SELECT story_id, count(DISTINCT key) AS shared FROM store.story_key
                  WHERE key = ANY(?) AND day BETWEEN ? AND ? GROUP BY story_id) k
            JOIN store.story s ON s.id = k.story_id
            WHERE s.merged_into IS NULL
            ORDER BY k.shared DESC, s.id
            LIMIT ?
            """.formatted(STORY_COLUMNS);

    private static final String RESOLVE = """
            WITH RECURSIVE chain(id, merged_into) AS (
                SELECT id, merged_into FROM store.story WHERE id = ?
                UNION ALL
                SELECT s.id, s.merged_into FROM store.story s JOIN chain c ON s.id = c.merged_into)
            SELECT id FROM chain WHERE merged_into IS NULL
            """;

    private static final String UPSERT_STORY = """
            INSERT INTO store.story AS s (id, title, article_count, first_published_at, last_published_at,
                storyline_id, last_article_id, profile)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (id) DO UPDATE SET article_count = EXCLUDED.article_count,
                first_published_at = EXCLUDED.first_published_at, last_published_at = EXCLUDED.last_published_at,
                last_article_id = EXCLUDED.last_article_id, profile = EXCLUDED.profile, updated_at = now(),
                seq = nextval('store.story_seq'), announced = false
            """;

    private final Connection connection;
    private final ObjectMapper json;

    public JdbcStoryIndex(Connection connection, ObjectMapper json) {
        this.connection = connection;
        this.json = json;
    }

    /** The live story {@code storyId} is now (itself, or the survivor it was merged into). */
    public static Optional<String> resolve(Connection connection, String storyId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RESOLVE)) {
            statement.setString(1, storyId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return query("SELECT story_id FROM store.article WHERE id = ? AND story_id IS NOT NULL", s -> {
            s.setString(1, articleId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    @Override
    public DocumentFrequencies frequencies(Collection<String> keys) {
        List<String> asked = new ArrayList<>(keys);
        asked.add(DOCUMENTS);
        Map<String, Integer> counts = query("SELECT key, df FROM store.key_frequency WHERE key = ANY(?)", s -> {
            s.setArray(1, connection.createArrayOf("text", asked.toArray()));
            Map<String, Integer> found = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getInt(2));
                }
            }
            return found;
        });
        Integer documents = counts.remove(DOCUMENTS);
        return new DocumentFrequencies(documents == null ? 0 : documents, counts);
    }

    @Override
    public List<StoryProfile> candidates(Collection<String> keys, LocalDate from, LocalDate to, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return query(CANDIDATES, s -> {
            s.setArray(1, connection.createArrayOf("text", keys.toArray()));
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(to));
            s.setInt(4, limit);
            return profiles(s);
        });
    }

    @Override
    public Optional<StoryProfile> story(String id) {
        return query("SELECT " + STORY_COLUMNS + " FROM store.story s WHERE s.id = ?", s -> {
            Optional<String> live = resolve(connection, id);
            if (live.isEmpty()) {
                return Optional.<StoryProfile>empty();
            }
            s.setString(1, live.get());
            return profiles(s).stream().findFirst();
        });
    }

    @Override
    public List<NearDuplicate> nearDuplicates(long fingerprint, int maxDistance) {
        String sql = """
                SELECT DISTINCT b.article_id, b.fingerprint, a.story_id
                FROM store.fingerprint_band b JOIN store.article a ON a.id = b.article_id
                WHERE (b.band, b.value) IN ((0, ?), (1, ?), (2, ?), (3, ?)) AND a.story_id IS NOT NULL
                """;
        return query(sql, s -> {
            for (int band = 0; band < SimHashBands.BANDS; band++) {
                s.setInt(band + 1, SimHashBands.band(fingerprint, band));
            }
            List<NearDuplicate> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int distance = SimHashBands.distance(fingerprint, rs.getLong(2));
                    if (distance <= maxDistance) {
                        found.add(new NearDuplicate(rs.getString(1), rs.getString(3), distance));
                    }
                }
            }
            found.sort(Comparator.comparingInt(NearDuplicate::distance).thenComparing(NearDuplicate::articleId));
            return found;
        });
    }

    @Override
    public void record(Placement placement) {
        Assignment a = placement.assignment();
        try {
            upsertStory(placement.story(), a.articleId());
            for (String merged : a.mergedStoryIds()) {
                mergeInto(merged, a.storyId());
            }
            update("UPDATE store.article SET story_id = ? WHERE id = ?", a.storyId(), a.articleId());
            try (PreparedStatement s = connection.prepareStatement("""
                    INSERT INTO store.story_key (key, day, story_id) SELECT k, ?, ? FROM unnest(?::text[]) AS k
                    ON CONFLICT DO NOTHING""")) {
                s.setDate(1, Date.valueOf(placement.article().day()));
                s.setString(2, a.storyId());
                s.setArray(3, connection.createArrayOf("text", new TreeSet<>(placement.postedKeys()).toArray()));
                s.executeUpdate();
            }
            TreeSet<String> counted = new TreeSet<>(placement.countedKeys());
            counted.add(DOCUMENTS);
            try (PreparedStatement s = connection.prepareStatement("""
                    INSERT INTO store.key_frequency AS f (key, df) SELECT k, 1 FROM unnest(?::text[]) AS k
                    ON CONFLICT (key) DO UPDATE SET df = f.df + 1""")) {
                s.setArray(1, connection.createArrayOf("text", counted.toArray()));
                s.executeUpdate();
            }
            if (placement.fingerprint().isPresent()) {
                bands(a.articleId(), placement.fingerprint().getAsLong());
            }
            for (NearDuplicate d : a.nearDuplicates()) {
                String sql = "INSERT INTO store.near_duplicate (article_id, other_id, distance) VALUES (?, ?, ?),"
                        + " (?, ?, ?) ON CONFLICT DO NOTHING";
                try (PreparedStatement s = connection.prepareStatement(sql)) {
                    s.setString(1, a.articleId());
                    s.setString(2, d.articleId());
                    s.setInt(3, d.distance());
                    s.setString(4, d.articleId());
                    s.setString(5, a.articleId());
                    s.setInt(6, d.distance());
                    s.executeUpdate();
                }
            }
            for (String other : a.linkedStoryIds()) {
                update("INSERT INTO store.story_link (story_id, other_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        a.storyId(), other);
            }
        } catch (SQLException e) {
            throw new DataAccessException("recording the story of article " + a.articleId() + " failed", e);
        }
    }

    private void upsertStory(StoryProfile story, String articleId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(UPSERT_STORY)) {
            s.setString(1, story.id());
            s.setString(2, story.title());
            s.setInt(3, story.articleCount());
            s.setObject(4, Rows.timestamp(story.firstPublishedAt()));
            s.setObject(5, Rows.timestamp(story.lastPublishedAt()));
            s.setString(6, story.storylineId());
            s.setString(7, articleId);
            s.setString(8, json.writeValueAsString(Map.of("entities", story.entities(), "terms", story.terms())));
            s.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile is plain JSON", e);
        }
    }

    /** Moves a story's articles and index keys to the survivor; the merged row stays so its id resolves. */
    private void mergeInto(String merged, String survivor) throws SQLException {
        update("UPDATE store.story SET merged_into = ?, updated_at = now(), seq = nextval('store.story_seq'),"
                + " announced = false WHERE id = ?", survivor, merged);
        update("UPDATE store.article SET story_id = ? WHERE story_id = ?", survivor, merged);
        update("INSERT INTO store.story_key (key, day, story_id) SELECT key, day, ? FROM store.story_key"
                + " WHERE story_id = ? ON CONFLICT DO NOTHING", survivor, merged);
        update("DELETE FROM store.story_key WHERE story_id = ?", merged);
    }

    private void bands(String articleId, long fingerprint) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO store.fingerprint_band (band, value, article_id, fingerprint) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")) {
            for (int band = 0; band < SimHashBands.BANDS; band++) {
                s.setInt(1, band);
                s.setInt(2, SimHashBands.band(fingerprint, band));
                s.setString(3, articleId);
                s.setLong(4, fingerprint);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void update(String sql, String... params) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private List<StoryProfile> profiles(PreparedStatement s) throws SQLException {
        List<StoryProfile> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, Map<String, Double>> profile;
                try {
                    profile = json.readValue(rs.getString("profile"), PROFILE);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("unreadable profile of story " + rs.getString("id"), e);
                }
                found.add(new StoryProfile(rs.getString("id"), rs.getString("title"), rs.getInt("article_count"),
                        Rows.instant(rs, "first_published_at"), Rows.instant(rs, "last_published_at"),
                        rs.getString("storyline_id"), profile.getOrDefault("entities", Map.of()),
                        profile.getOrDefault("terms", Map.of())));
            }
        }
        return found;
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T query(String sql, StatementWork<T> work) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new DataAccessException("story index query failed", e);
        }
    }
}
