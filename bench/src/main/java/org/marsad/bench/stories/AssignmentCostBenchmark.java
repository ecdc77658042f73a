package org.marsad.bench.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.marsad.events.EntityType;
import org.marsad.events.EventsJson;
import org.marsad.localstack.Ports;
import org.marsad.localstack.PostgresServer;
import org.marsad.store.repository.JdbcStoryIndex;
import org.marsad.store.repository.StoryProfileCache;
import org.marsad.store.story.KeyEntity;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryAssigner;
import org.marsad.store.story.StoryRules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;

/**
 * What placing one article into a story costs as the store grows, with the real PostgreSQL index (the store's
 * migrations, {@link JdbcStoryIndex}, batches of 100 in one transaction as the service does). The articles are
 * synthetic and seeded: 1,000 a day, drawn from events of 1 to 8 reports that share entities and terms, over a
 * Zipf-distributed background vocabulary (8,000 terms, 3,000 entities), a tenth of them near-duplicate copies.
 * For each checkpoint (1k, 10k, 100k stored articles) the store is rebuilt: the older days loaded in bulk
 * ({@link #preload}), the last three days placed one by one, then the mean placement time of the last 1,000.
 *
 * <p>Usage: {@code AssignmentCostBenchmark [N=100000] [--db-url jdbc:postgresql://...]} (default: starts an
 * embedded PostgreSQL in a temporary directory).
 */
public final class AssignmentCostBenchmark {

    private static final int PER_DAY = 1_000;
    private static final int BATCH = 100;
    private static final int WINDOW = 1_000;
    /** Articles placed one by one before the measured ones: three days, the candidate window, of realistic index. */
    private static final int WARM_UP = 3_000;

    private AssignmentCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 100_000;
        String dbUrl = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db-url")) {
                dbUrl = args[++i];
            } else {
                n = Integer.parseInt(args[i]);
            }
        }
        if (dbUrl != null) {
            run(dbUrl, PostgresServer.USER, PostgresServer.PASSWORD, n);
            return;
        }
        Path dir = Files.createTempDirectory("marsad-story-bench");
        try (PostgresServer server = PostgresServer.start(new PostgresServer.Settings(dir.resolve("data"),
                dir.resolve("work"), Ports.freePort(), false, dir.resolve("postgres.log")))) {
            run(server.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD, n);
        }
    }

    private static void run(String url, String user, String password, int n) throws SQLException {
        ObjectMapper json = EventsJson.newMapper();
        StoryProfileCache cache = new StoryProfileCache(5_000);
        System.out.printf("## Story assignment cost with the PostgreSQL index%n");
        System.out.println("| stored articles | ms per article (mean of 1,000 placements) | articles loaded in bulk |");
        System.out.println("|---|---|---|");
        for (int checkpoint : new int[]{1_000, 10_000, 100_000}) {
            if (checkpoint > n) {
                break;
            }
            Flyway flyway = Flyway.configure().dataSource(url, user, password).schemas("store").locations("classpath:db/store").cleanDisabled(false)
                    .load();
            flyway.clean();
            flyway.migrate();
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                int bulk = Math.max(0, checkpoint - WARM_UP - WINDOW);
                preload(c, bulk);
                SyntheticNews news = new SyntheticNews(new Random(7));
                long nanos = 0;
                c.setAutoCommit(false);
                for (int done = bulk; done < checkpoint; done += BATCH) {
                    List<StoryArticle> batch = new ArrayList<>();
                    for (int i = 0; i < BATCH; i++) {
                        batch.add(news.next(done + i));
                    }
                    insertRows(c, batch);
                    long started = System.nanoTime();
                    JdbcStoryIndex index = JdbcStoryIndex.open(c, json, cache);
                    index.prefetch(batch);
                    StoryAssigner assigner = new StoryAssigner(index, StoryRules.DEFAULTS);
                    batch.forEach(assigner::assign);
                    index.flush();
                    c.commit();
                    if (done >= checkpoint - WINDOW) {
                        nanos += System.nanoTime() - started;
                    }
                }
                System.out.printf("| %,d | %.2f | %,d |%n", checkpoint, nanos / 1e6 / WINDOW, bulk);
            }
        }
    }

    /**
     * Fills the store with {@code count} older articles in bulk SQL, days before the measured ones: stories of four
     * articles, their index keys (event terms, Zipf-like background terms and names), document frequencies and
     * fingerprint bands. They are what a grown store holds outside the window; the window itself is filled by
     * {@link #WARM_UP} articles placed one by one.
     */
    private static void preload(Connection c, int count) throws SQLException {
        if (count == 0) {
            return;
        }
        String[] statements = {
            """
            INSERT INTO store.story (id, title, article_count, first_published_at, last_published_at, storyline_id,
                profile, announced)
            SELECT 'p' || s, 'preloaded', 4, t, t, 'p' || s, '{"entities": {}, "terms": {}}', true
            FROM (SELECT s, timestamptz '2025-01-01 00:00Z' + (s::bigint * 4 * 86400 / %1$d) * interval '1 second' AS t
                  FROM generate_series(0, (%2$d - 1) / 4) s) x
            """,
            """
            INSERT INTO store.article (id, outlet, title, language, published_at, content_hash, doc, search,
                story_id, announced)
            SELECT 'p' || i, 'Wire', 'preloaded', 'ar',
                   timestamptz '2025-01-01 00:00Z' + (i::bigint * 86400 / %1$d) * interval '1 second', 'x', '{}', '',
                   'p' || (i / 4), true
            FROM generate_series(0, %2$d - 1) i
            """,
            """
            INSERT INTO store.story_key (key, day, story_id)
            SELECT k, date '2025-01-01' + i / %1$d, 'p' || (i / 4)
            FROM generate_series(0, %2$d - 1) i,
                 LATERAL unnest(ARRAY['t:p' || (i / 4) || 't' || (i %% 4), 't:p' || (i / 4) || 'u',
                     'e:per:p' || (i / 4), 't:w' || (1 + floor(8000 * random() ^ 3))::int,
                     'e:per:' || (1 + floor(3000 * random() ^ 3))::int, 'e:loc:' || (1 + floor(200 * random()))::int,
                     'e:org:' || (1 + floor(3000 * random() ^ 3))::int]) AS k
            ON CONFLICT DO NOTHING
            """,
            """
            INSERT INTO store.key_frequency (key, df)
            SELECT 't:w' || w, greatest(1, least(%2$d, (%2$d * 6.0 / w ^ 0.9)::int)) FROM generate_series(1, 8000) w
            UNION ALL SELECT 'e:per:' || p, greatest(1, (%2$d * 0.3 / p)::int) FROM generate_series(1, 3000) p
            UNION ALL SELECT 't:p' || s || 't' || j, 3 FROM generate_series(0, (%2$d - 1) / 4) s, generate_series(0, 19) j
            UNION ALL SELECT '#', %2$d
            """,
            """
            INSERT INTO store.fingerprint_band (band, value, article_id, fingerprint)
            SELECT b, floor(65536 * random())::int, 'p' || i, 0
            FROM generate_series(0, %2$d - 1) i, generate_series(0, 3) b
            ON CONFLICT DO NOTHING
            """,
            "ANALYZE"
        };
        try (var statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql.formatted(PER_DAY, count));
            }
        }
    }

    /** The article rows placement refers to (the benchmark measures placement, not the article upsert). */
    static void insertRows(Connection c, List<StoryArticle> batch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO store.article (id, outlet, title, language,"
                + " published_at, content_hash, doc, search) VALUES (?, ?, ?, 'ar', ?, 'x', '{}'::jsonb, ''::tsvector)")) {
            for (StoryArticle a : batch) {
                s.setString(1, a.id());
                s.setString(2, a.outlet());
                s.setString(3, a.title());
                s.setObject(4, java.time.OffsetDateTime.ofInstant(a.publishedAt(), java.time.ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Seeded synthetic news: events told by a few outlets over a background of common words and names. */
    static final class SyntheticNews {

        private static final String[] OUTLETS = {"Wire", "Daily", "Herald", "Gazette", "Courier", "Times"};
        private static final int VOCABULARY = 8_000;
        private static final int NAMES = 3_000;

        /** Events being reported at the same time: their reports interleave. */
        private static final int OPEN_EVENTS = 40;

        private final Random random;
        private final List<Event> open = new ArrayList<>();
        private int eventsStarted;

        private record Event(int id, List<String> terms, List<KeyEntity> entities, long fingerprint, int reports) {
        }

        SyntheticNews(Random random) {
            this.random = random;
        }

        StoryArticle next(int index) {
            while (open.size() < OPEN_EVENTS) {
                open.add(newEvent());
            }
            int slot = random.nextInt(open.size());
            Event event = open.get(slot);
            if (event.reports() <= 1) {
                open.remove(slot);
            } else {
                open.set(slot, new Event(event.id(), event.terms(), event.entities(), event.fingerprint(),
                        event.reports() - 1));
            }
            Map<String, Integer> terms = new TreeMap<>();
            for (int i = 0; i < 12; i++) {
                terms.merge(event.terms().get(random.nextInt(event.terms().size())), 1 + random.nextInt(3),
                        Integer::sum);
            }
            for (int i = 0; i < 120; i++) {
                terms.merge("w" + zipf(VOCABULARY), 1, Integer::sum);
            }
            List<KeyEntity> entities = new ArrayList<>(event.entities());
            entities.add(new KeyEntity("per:" + zipf(NAMES), EntityType.PERSON, 1));
            entities.add(new KeyEntity("loc:" + zipf(200), EntityType.LOCATION, 1));
            long fingerprint = random.nextInt(10) == 0 ? event.fingerprint() ^ (1L << random.nextInt(64))
                    : random.nextLong();
            Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * index / PER_DAY);
            Map<String, Integer> titleTerms = new TreeMap<>();
            event.terms().subList(0, 3).forEach(t -> titleTerms.put(t, 1));
            return new StoryArticle(String.format("a%07d", index), OUTLETS[random.nextInt(OUTLETS.length)],
                    "event " + event.id(), "ar", at, entities, terms, titleTerms, OptionalLong.of(fingerprint));
        }

        private Event newEvent() {
            int id = eventsStarted++;
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                terms.add("e" + id + "t" + i);
            }
            List<KeyEntity> entities = List.of(
                    new KeyEntity("per:e" + id, EntityType.PERSON, 2),
                    new KeyEntity("org:" + zipf(NAMES), EntityType.ORGANIZATION, 1),
                    new KeyEntity("loc:" + zipf(200), EntityType.LOCATION, 2));
            return new Event(id, terms, entities, random.nextLong(), 1 + random.nextInt(8));
        }

        /** 1..n, rank r with probability proportional to 1/r. */
        private int zipf(int n) {
            double harmonic = Math.log(n) + 0.5772;
            double u = random.nextDouble() * harmonic;
            return Math.max(1, Math.min(n, (int) Math.exp(u - 0.5772)));
        }
    }
}
