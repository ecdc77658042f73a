package org.marsad.store.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.EventsJson;
import org.marsad.localstack.Ports;
import org.marsad.localstack.PostgresServer;
import org.marsad.store.repository.JdbcStoryIndex;
import org.marsad.store.repository.StoryProfileCache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL story index on a real PostgreSQL: what it does per batch (document frequencies counted in memory
 * and written once, profiles served from the cache) must give exactly what placing one article per transaction
 * gives, and the cache must never serve a profile the row no longer has.
 */
class JdbcStoryIndexTest {

    private static final ObjectMapper JSON = EventsJson.newMapper();
    private static PostgresServer postgres;
    private static Flyway flyway;

    @BeforeAll
    static void startPostgres() throws Exception {
        Path dir = Files.createTempDirectory("marsad-story-index-test");
        postgres = PostgresServer.start(new PostgresServer.Settings(dir.resolve("data"), dir.resolve("work"),
                Ports.freePort(), false, dir.resolve("postgres.log")));
        flyway = Flyway.configure().dataSource(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD)
                .schemas("store").locations("classpath:db/store").cleanDisabled(false).load();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void emptyStore() {
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void placingABatchInOneTransactionGivesWhatPlacingEachArticleAloneGives() throws SQLException {
        List<StoryArticle> articles = allArticles();

        Map<String, String> oneByOne;
        try (Connection c = connect()) {
            insertRows(c, articles);
            StoryProfileCache cache = new StoryProfileCache(100);
            for (StoryArticle article : articles) {
                place(c, cache, List.of(article));
            }
            oneByOne = storiesOf(c, articles);
        }
        Map<String, Integer> frequenciesOneByOne = frequencies();
        Map<String, String> storyRowsOneByOne = storyRows();

        emptyStore();
        Map<String, String> together;
        try (Connection c = connect()) {
            insertRows(c, articles);
            together = place(c, new StoryProfileCache(100), articles);
        }

        assertThat(together).isEqualTo(oneByOne);
        assertThat(frequencies()).isEqualTo(frequenciesOneByOne).containsEntry("#", articles.size());
        assertThat(storyRows()).isEqualTo(storyRowsOneByOne);
        assertThat(Set.copyOf(oneByOne.values())).as("the fixtures form several multi-article stories")
                .hasSizeLessThan(articles.size() - 3);
    }

    @Test
    void aCachedProfileIsNotServedOnceItsRowChanged() throws SQLException {
        List<StoryArticle> attack = StoryFixtures.features(StoryFixtures.attackArticles());
        StoryProfileCache cache = new StoryProfileCache(100);
        try (Connection c = connect()) {
            insertRows(c, attack);
            String story = place(c, cache, attack).get(attack.get(0).id());
            // Another store instance (or an operator) rewrites the story: a new seq, a new title.
            try (PreparedStatement s = c.prepareStatement("UPDATE store.story SET title = 'rewritten',"
                    + " seq = nextval('store.story_seq') WHERE id = ?")) {
                s.setString(1, story);
                s.executeUpdate();
            }
            c.commit();

            JdbcStoryIndex index = JdbcStoryIndex.open(c, JSON, cache);
            assertThat(index.story(story)).get().extracting(StoryProfile::title).isEqualTo("rewritten");
            c.rollback();
        }
    }

    @Test
    void aRolledBackPlacementLeavesNothingBehindInTheCache() throws SQLException {
        List<StoryArticle> articles = allArticles();
        StoryProfileCache cache = new StoryProfileCache(100);
        Map<String, String> afterRollback;
        try (Connection c = connect()) {
            insertRows(c, articles);
            JdbcStoryIndex index = JdbcStoryIndex.open(c, JSON, cache);
            StoryAssigner assigner = new StoryAssigner(index, StoryRules.DEFAULTS);
            articles.forEach(assigner::assign);
            index.flush();
            assertThat(cache.size()).as("the rolled-back stories' final profiles are cached").isPositive();
            c.rollback();
            afterRollback = place(c, cache, articles);
        }
        Map<String, String> storyRowsAfterRollback = storyRows();

        emptyStore();
        try (Connection c = connect()) {
            insertRows(c, articles);
            assertThat(place(c, new StoryProfileCache(100), articles)).isEqualTo(afterRollback);
        }
        assertThat(storyRows()).isEqualTo(storyRowsAfterRollback);
    }

    private static List<StoryArticle> allArticles() {
        List<EnrichedArticle> all = new ArrayList<>();
        all.addAll(StoryFixtures.attackArticles());
        all.addAll(StoryFixtures.unVoteArticles());
        all.addAll(StoryFixtures.strikesArticles());
        all.addAll(StoryFixtures.distractorsArticles());
        all.addAll(StoryFixtures.floodArticles());
        return StoryFixtures.features(all).stream()
                .sorted(Comparator.comparing(StoryArticle::publishedAt).thenComparing(StoryArticle::id)).toList();
    }

    /** Places {@code articles} in one transaction, as StoryPlacement does; each article's story after that. */
    private static Map<String, String> place(Connection c, StoryProfileCache cache, List<StoryArticle> articles)
            throws SQLException {
        JdbcStoryIndex index = JdbcStoryIndex.open(c, JSON, cache);
        index.prefetch(articles);
        StoryAssigner assigner = new StoryAssigner(index, StoryRules.DEFAULTS);
        articles.forEach(assigner::assign);
        index.flush();
        c.commit();
        return storiesOf(c, articles);
    }

    private static Map<String, String> storiesOf(Connection c, List<StoryArticle> articles) throws SQLException {
        Map<String, String> stories = new LinkedHashMap<>();
        for (StoryArticle a : articles) {
            stories.put(a.id(), JdbcStoryIndex.open(c, JSON, new StoryProfileCache(1)).storyOf(a.id()).orElseThrow());
        }
        c.commit();
        return stories;
    }

    private static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
        c.setAutoCommit(false);
        return c;
    }

    private static void insertRows(Connection c, List<StoryArticle> articles) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO store.article (id, outlet, title, language,"
                + " published_at, content_hash, doc, search) VALUES (?, ?, ?, 'en', ?, 'x', '{}'::jsonb, ''::tsvector)")) {
            for (StoryArticle a : articles) {
                s.setString(1, a.id());
                s.setString(2, a.outlet());
                s.setString(3, a.title());
                s.setObject(4, OffsetDateTime.ofInstant(a.publishedAt(), ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
        }
        c.commit();
    }

    private static Map<String, Integer> frequencies() throws SQLException {
        return rows("SELECT key, df FROM store.key_frequency", rs -> rs.getInt(2));
    }

    private static Map<String, String> storyRows() throws SQLException {
        return rows("SELECT id, article_count || ' ' || storyline_id || ' ' || coalesce(merged_into, '-') || ' '"
                + " || profile::text FROM store.story", rs -> rs.getString(2));
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> Map<String, T> rows(String sql, Column<T> value) throws SQLException {
        Map<String, T> rows = new TreeMap<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), value.read(rs));
            }
        }
        return rows;
    }
}
