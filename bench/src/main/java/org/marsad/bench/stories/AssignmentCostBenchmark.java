package org.marsad.bench.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.marsad.events.EntityType;
import org.marsad.events.EventsJson;
import org.marsad.localstack.Ports;
import org.marsad.localstack.PostgresServer;
import org.marsad.store.repository.JdbcStoryIndex;
import org.marsad.store.story.KeyEntity;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryAssigner;
import org.marsad.store.story.StoryRules;

import java.io.IOException;
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
 * Reports the mean placement time per article over the 1,000 articles before each checkpoint.
 *
 * <p>Usage: {@code AssignmentCostBenchmark [N=100000] [--db-url jdbc:postgresql://...]} (default: starts an
 * embedded PostgreSQL in a temporary directory).
 */
public final class AssignmentCostBenchmark {

    private static final int PER_DAY = 1_000;
    private static final int BATCH = 100;
    private static final int WINDOW = 1_000;

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

    private static void run(String url, String user, String password, int n) throws SQLException, IOException {
        Flyway.configure().dataSource(url, user, password).schemas("store").load().migrate();
        ObjectMapper json = EventsJson.newMapper();
        SyntheticNews news = new SyntheticNews(new Random(7));
        System.out.printf("## Story assignment cost with the PostgreSQL index (%,d synthetic articles)%n", n);
        System.out.println("| stored articles | ms per article (mean of the last 1,000) | stories |");
        System.out.println("|---|---|---|");
        long windowNanos = 0;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            for (int done = 0; done < n; done += BATCH) {
                List<StoryArticle> batch = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    batch.add(news.next(done + i));
                }
                insertRows(c, batch);
                long started = System.nanoTime();
                StoryAssigner assigner = new StoryAssigner(new JdbcStoryIndex(c, json), StoryRules.DEFAULTS);
                batch.forEach(assigner::assign);
                c.commit();
                windowNanos += System.nanoTime() - started;
                int stored = done + BATCH;
                if (stored % WINDOW == 0) {
                    if (stored == 1_000 || stored == 10_000 || stored == 100_000 || stored == n
                            || stored % 20_000 == 0) {
                        System.out.printf("| %,d | %.2f | %,d |%n", stored, windowNanos / 1e6 / WINDOW,
                                count(c, "SELECT count(*) FROM store.story WHERE merged_into IS NULL"));
                    }
                    windowNanos = 0;
                }
            }
        }
    }

    /** The article rows placement refers to (the benchmark measures placement, not the article upsert). */
    private static void insertRows(Connection c, List<StoryArticle> batch) throws SQLException {
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

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); var rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
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
            return new StoryArticle(String.format("a%07d", index), OUTLETS[random.nextInt(OUTLETS.length)],
                    "event " + event.id(), "ar", at, entities, terms, OptionalLong.of(fingerprint));
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
