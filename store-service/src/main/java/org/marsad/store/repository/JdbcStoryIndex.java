package org.marsad.store.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.store.story.Assignment;
import org.marsad.store.story.DocumentFrequencies;
import org.marsad.store.story.NearDuplicate;
import org.marsad.store.story.Placement;
import org.marsad.store.story.SimHashBands;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryIndex;
import org.marsad.store.story.StoryProfile;
import org.marsad.store.story.StorySimilarity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The story index in PostgreSQL (V2 migration), working inside the caller's transaction: one instance per
 * transaction. Candidate lookups read the key index only for the days of the window, and near-duplicate lookups
 * four fingerprint bands, so neither grows with the store.
 *
 * <p>Two costs are kept per batch rather than per article: document frequencies are read once for the batch
 * ({@link #prefetch}) and counted in memory, then written in one statement by {@link #flush()}, which
 * the caller must run before committing; and candidate profiles come from a {@link StoryProfileCache} checked
 * against each row's seq, so only changed stories are read and parsed again. Both give exactly what per-article
 * reads and writes would.
 */
public final class JdbcStoryIndex implements StoryIndex {

    /** The key under which {@code store.key_frequency} counts the articles themselves. */
    static final String DOCUMENTS = "#";

    private static final TypeReference<Map<String, Map<String, Double>>> PROFILE = new TypeReference<>() {
    };

    private static final String STORY_COLUMNS =
            "s.id, s.title, s.article_count, s.first_published_at, s.last_published_at, s.storyline_id, s.profile::text";

    private static final String CANDIDATES = """
            SELECT s.id, s.seq
            FROM (SELECT story_id, count(DISTINCT key) AS shared FROM store.story_key
                  WHERE key = ANY(?) AND day BETWEEN ? AND ? GROUP BY story_id) k
            JOIN store.story s ON s.id = k.story_id
            WHERE s.merged_into IS NULL
            ORDER BY k.shared DESC, s.id
            LIMIT ?
            """;

    private static final String RESOLVE = """
            WITH RECURSIVE chain(id, merged_into) AS (
                SELECT id, merged_into FROM store.story WHERE id = ?
                UNION ALL
                SELECT s.id, s.merged_into FROM store.story s JOIN chain c ON s.id = c.merged_into)
            SELECT id FROM chain WHERE merged_into IS NULL
            """;

    /**
     * One placement's writes: the story row (its new seq returned), the article's story, the story's keys of the
     * day, the article's fingerprint bands, near-duplicate pairs both ways, storyline links. Foreign keys are
     * checked at the end of the statement, once the story row exists.
     */
    private static final String RECORD = """
            WITH story AS (
                INSERT INTO store.story AS s (id, title, article_count, first_published_at, last_published_at,
                    storyline_id, last_article_id, profile)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (id) DO UPDATE SET article_count = EXCLUDED.article_count,
                    first_published_at = EXCLUDED.first_published_at, last_published_at = EXCLUDED.last_published_at,
                    last_article_id = EXCLUDED.last_article_id, profile = EXCLUDED.profile, updated_at = now(),
                    seq = nextval('store.story_seq'), announced = false
                RETURNING seq),
            article AS (
                UPDATE store.article SET story_id = ? WHERE id = ?),
            story_keys AS (
                INSERT INTO store.story_key (key, day, story_id) SELECT k, ?, ? FROM unnest(?::text[]) AS k
                ON CONFLICT DO NOTHING),
            bands AS (
                INSERT INTO store.fingerprint_band (band, value, article_id, fingerprint)
                SELECT b - 1, v, ?, ? FROM unnest(?::int[]) WITH ORDINALITY AS t(v, b)
                ON CONFLICT DO NOTHING),
            duplicates AS (
                INSERT INTO store.near_duplicate (article_id, other_id, distance)
                SELECT * FROM unnest(?::text[], ?::text[], ?::int[])
                ON CONFLICT DO NOTHING),
            links AS (
                INSERT INTO store.story_link (story_id, other_id) SELECT ?, o FROM unnest(?::text[]) AS o
                ON CONFLICT DO NOTHING)
            SELECT seq FROM story
            """;

    private final Connection connection;
    private final ObjectMapper json;
    private final StoryProfileCache profiles;
    /** Document frequencies as committed before this transaction (read once per key). */
    private final Map<String, Integer> committedFrequencies = new HashMap<>();
    /** The story of each article looked up or placed in this transaction (null: none). */
    private final Map<String, String> storyOfArticle = new HashMap<>();
    /** Document frequencies this transaction added, not yet written. */
    private final Map<String, Integer> addedFrequencies = new TreeMap<>();

    private JdbcStoryIndex(Connection connection, ObjectMapper json, StoryProfileCache profiles) {
        this.connection = connection;
        this.json = json;
        this.profiles = profiles;
    }

    /** The index for the transaction open on {@code connection}. */
    public static JdbcStoryIndex open(Connection connection, ObjectMapper json, StoryProfileCache profiles) {
        try (Statement statement = connection.createStatement()) {
            // Plan each lookup for its own keys and days: after five runs PostgreSQL would otherwise settle on a
            // generic plan for "key = ANY($1) AND day BETWEEN $2 AND $3", measured 4-6 times slower, and worse as
            // the store grows.
            statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        } catch (SQLException e) {
            throw new DataAccessException("preparing the story index failed", e);
        }
        return new JdbcStoryIndex(connection, json, profiles);
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
        if (!storyOfArticle.containsKey(articleId)) {
            readStoriesOf(List.of(articleId));
        }
        return Optional.ofNullable(storyOfArticle.get(articleId));
    }

    /** Reads in one query which story each of {@code articleIds} is in (none yet, mostly). */
    private void readStoriesOf(Collection<String> articleIds) {
        articleIds.forEach(id -> storyOfArticle.put(id, null));
        query("SELECT id, story_id FROM store.article WHERE id = ANY(?) AND story_id IS NOT NULL", s -> {
            s.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    storyOfArticle.put(rs.getString(1), rs.getString(2));
                }
            }
            return null;
        });
    }

    /** Reads what placing a batch of articles looks up for each (their stories, document frequencies) at once. */
    public void prefetch(Collection<StoryArticle> articles) {
        readStoriesOf(articles.stream().map(StoryArticle::id).toList());
        Set<String> keys = new HashSet<>();
        articles.forEach(a -> keys.addAll(StorySimilarity.frequencyKeys(a)));
        readFrequencies(keys);
    }

    @Override
    public DocumentFrequencies frequencies(Collection<String> keys) {
        readFrequencies(keys);
        Map<String, Integer> counts = new HashMap<>();
        for (String key : keys) {
            int df = frequency(key);
            if (df > 0) {
                counts.put(key, df);
            }
        }
        return new DocumentFrequencies(frequency(DOCUMENTS), counts);
    }

    private int frequency(String key) {
        return committedFrequencies.getOrDefault(key, 0) + addedFrequencies.getOrDefault(key, 0);
    }

    private void readFrequencies(Collection<String> keys) {
        List<String> unread = new ArrayList<>();
        keys.stream().filter(k -> !committedFrequencies.containsKey(k)).forEach(unread::add);
        if (!committedFrequencies.containsKey(DOCUMENTS)) {
            unread.add(DOCUMENTS);
        }
        if (unread.isEmpty()) {
            return;
        }
        unread.forEach(k -> committedFrequencies.put(k, 0));
        query("SELECT key, df FROM store.key_frequency WHERE key = ANY(?)", s -> {
            s.setArray(1, connection.createArrayOf("text", unread.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    committedFrequencies.put(rs.getString(1), rs.getInt(2));
                }
            }
            return null;
        });
    }

    /**
     * Writes the document frequencies this transaction counted (one statement, keys in order so concurrent writers
     * cannot deadlock). Must run before the transaction commits.
     */
    public void flush() {
        if (addedFrequencies.isEmpty()) {
            return;
        }
        query("""
                INSERT INTO store.key_frequency AS f (key, df) SELECT * FROM unnest(?::text[], ?::int[])
                ON CONFLICT (key) DO UPDATE SET df = f.df + EXCLUDED.df""", s -> {
            s.setArray(1, connection.createArrayOf("text", addedFrequencies.keySet().toArray()));
            s.setArray(2, connection.createArrayOf("integer", addedFrequencies.values().toArray()));
            return s.executeUpdate();
        });
        addedFrequencies.forEach((k, n) -> committedFrequencies.merge(k, n, Integer::sum));
        addedFrequencies.clear();
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
            return versions(s);
        }).stream().map(this::profileOf).toList();
    }

    @Override
    public Optional<StoryProfile> story(String id) {
        return query("SELECT s.id, s.seq FROM store.story s WHERE s.id = ?", s -> {
            Optional<String> live = resolve(connection, id);
            if (live.isEmpty()) {
                return List.<StoryVersion>of();
            }
            s.setString(1, live.get());
            return versions(s);
        }).stream().findFirst().map(this::profileOf);
    }

    /** A story row's id and its seq, which every write renews. */
    private record StoryVersion(String id, long seq) {
    }

    private static List<StoryVersion> versions(PreparedStatement s) throws SQLException {
        List<StoryVersion> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new StoryVersion(rs.getString(1), rs.getLong(2)));
            }
        }
        return found;
    }

    private StoryProfile profileOf(StoryVersion version) {
        return profiles.get(version.id(), version.seq()).orElseGet(() -> query(
                "SELECT " + STORY_COLUMNS + ", s.seq FROM store.story s WHERE s.id = ?", s -> {
                    s.setString(1, version.id());
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("story " + version.id() + " vanished in a transaction");
                        }
                        StoryProfile profile = profile(rs);
                        profiles.put(rs.getLong("seq"), profile);
                        return profile;
                    }
                }));
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
            for (String merged : a.mergedStoryIds()) {
                mergeInto(merged, a.storyId());
            }
            recordPlacement(placement);
        } catch (SQLException e) {
            throw new DataAccessException("recording the story of article " + a.articleId() + " failed", e);
        }
        storyOfArticle.put(a.articleId(), a.storyId());
        placement.countedKeys().forEach(k -> addedFrequencies.merge(k, 1, Integer::sum));
        addedFrequencies.merge(DOCUMENTS, 1, Integer::sum);
    }

    /** Every row one placement writes, in one statement: a round trip costs more than the writes themselves. */
    private void recordPlacement(Placement placement) throws SQLException {
        Assignment a = placement.assignment();
        StoryProfile story = placement.story();
        List<String> articleIds = new ArrayList<>();
        List<String> otherIds = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        for (NearDuplicate d : a.nearDuplicates()) {
            articleIds.addAll(List.of(a.articleId(), d.articleId()));
            otherIds.addAll(List.of(d.articleId(), a.articleId()));
            distances.addAll(List.of(d.distance(), d.distance()));
        }
        List<Integer> bands = new ArrayList<>();
        placement.fingerprint().ifPresent(f -> {
            for (int band = 0; band < SimHashBands.BANDS; band++) {
                bands.add(SimHashBands.band(f, band));
            }
        });
        try (PreparedStatement s = connection.prepareStatement(RECORD)) {
            s.setString(1, story.id());
            s.setString(2, story.title());
            s.setInt(3, story.articleCount());
            s.setObject(4, Rows.timestamp(story.firstPublishedAt()));
            s.setObject(5, Rows.timestamp(story.lastPublishedAt()));
            s.setString(6, story.storylineId());
            s.setString(7, a.articleId());
            s.setString(8, json.writeValueAsString(Map.of("entities", story.entities(), "terms", story.terms(),
                    "titles", story.titles())));
            s.setString(9, a.storyId());
            s.setString(10, a.articleId());
            s.setDate(11, Date.valueOf(placement.article().day()));
            s.setString(12, a.storyId());
            s.setArray(13, connection.createArrayOf("text", new TreeSet<>(placement.postedKeys()).toArray()));
            s.setString(14, a.articleId());
            s.setLong(15, placement.fingerprint().orElse(0));
            s.setArray(16, connection.createArrayOf("integer", bands.toArray()));
            s.setArray(17, connection.createArrayOf("text", articleIds.toArray()));
            s.setArray(18, connection.createArrayOf("text", otherIds.toArray()));
            s.setArray(19, connection.createArrayOf("integer", distances.toArray()));
            s.setString(20, a.storyId());
            s.setArray(21, connection.createArrayOf("text", a.linkedStoryIds().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                profiles.put(rs.getLong(1), story);
            }
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
        storyOfArticle.replaceAll((article, story) -> merged.equals(story) ? survivor : story);
    }

    private void update(String sql, String... params) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    /** A profile as stored; sorted maps, as placement builds them, so sums run in the same order either way. */
    private StoryProfile profile(ResultSet rs) throws SQLException {
        Map<String, Map<String, Double>> profile;
        try {
            profile = json.readValue(rs.getString("profile"), PROFILE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable profile of story " + rs.getString("id"), e);
        }
        return new StoryProfile(rs.getString("id"), rs.getString("title"), rs.getInt("article_count"),
                Rows.instant(rs, "first_published_at"), Rows.instant(rs, "last_published_at"),
                rs.getString("storyline_id"), new TreeMap<>(profile.getOrDefault("entities", Map.of())),
                new TreeMap<>(profile.getOrDefault("terms", Map.of())),
                new TreeMap<>(profile.getOrDefault("titles", Map.of())));
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
