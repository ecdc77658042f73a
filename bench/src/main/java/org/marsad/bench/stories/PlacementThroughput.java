package org.marsad.bench.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.EventsJson;
import org.marsad.events.RawArticle;
import org.marsad.localstack.Ports;
import org.marsad.localstack.PostgresServer;
import org.marsad.nlp.core.EnrichmentPipeline;
import org.marsad.store.repository.JdbcStoryIndex;
import org.marsad.store.repository.StoryProfileCache;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryAssigner;
import org.marsad.store.story.StoryFeatures;
import org.marsad.store.story.StoryRules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How fast the store places real articles into stories with the real PostgreSQL index: the first {@code N} ANT
 * articles (in order of publication) are enriched once by the NLP core, then placed in batches of 100, each in one
 * transaction, exactly as store-service's {@code StoryPlacement} does. Reports articles per second of placement
 * and how the time splits between this JVM's thread (matching, JSON) and waiting on PostgreSQL.
 *
 * <p>Usage: {@code PlacementThroughput [--corpus ../shared/data/ant-corpus-2018.jsonl.gz] [N=4000]}
 */
public final class PlacementThroughput {

    private static final int BATCH = 100;

    private PlacementThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("../shared/data/ant-corpus-2018.jsonl.gz");
        int n = 4_000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--corpus")) {
                corpus = Path.of(args[++i]);
            } else {
                n = Integer.parseInt(args[i]);
            }
        }
        List<StoryArticle> articles = enriched(corpus, n);
        Path dir = Files.createTempDirectory("marsad-placement-bench");
        try (PostgresServer server = PostgresServer.start(new PostgresServer.Settings(dir.resolve("data"),
                dir.resolve("work"), Ports.freePort(), false, dir.resolve("postgres.log")))) {
            run(server.jdbcUrl(), articles);
        }
    }

    private static void run(String url, List<StoryArticle> articles) throws SQLException {
        Flyway.configure().dataSource(url, PostgresServer.USER, PostgresServer.PASSWORD).schemas("store").locations("classpath:db/store").load()
                .migrate();
        ObjectMapper json = EventsJson.newMapper();
        StoryProfileCache cache = new StoryProfileCache(10_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
            c.setAutoCommit(false);
            long wall = 0;
            TimedStoryIndex timed = new TimedStoryIndex();
            long cpu = 0;
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<StoryArticle> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
                AssignmentCostBenchmark.insertRows(c, batch);
                c.commit();
                long started = System.nanoTime();
                long startedCpu = threads.getCurrentThreadCpuTime();
                JdbcStoryIndex index = JdbcStoryIndex.open(c, json, cache);
                index.prefetch(batch);
                StoryAssigner assigner = new StoryAssigner(timed.around(index), StoryRules.DEFAULTS);
                batch.forEach(assigner::assign);
                index.flush();
                c.commit();
                wall += System.nanoTime() - started;
                cpu += threads.getCurrentThreadCpuTime() - startedCpu;
            }
            long stories = articles.stream().map(a -> JdbcStoryIndex.open(c, json, cache).storyOf(a.id()).orElseThrow())
                    .distinct().count();
            System.out.printf("## Story placement with the PostgreSQL index (%,d real ANT articles, batches of %d)%n",
                    articles.size(), BATCH);
            System.out.printf("- %,.0f articles/s; %.2f ms per article: %.2f ms in this JVM, %.2f ms waiting on"
                            + " PostgreSQL; %,d stories%n", articles.size() / (wall / 1e9), wall / 1e6 / articles.size(),
                    cpu / 1e6 / articles.size(), (wall - cpu) / 1e6 / articles.size(), stories);
            timed.print(articles.size());
        }
    }

    private static List<StoryArticle> enriched(Path corpus, int n) throws IOException {
        List<RawArticle> raws = new ArrayList<>();
        StoryCorpus.ANT.read(corpus, raws::add);
        raws.sort(Comparator.comparing(RawArticle::publishedAt).thenComparing(RawArticle::id));
        EnrichmentPipeline pipeline = new EnrichmentPipeline();
        StoryFeatures features = new StoryFeatures();
        return raws.stream().limit(n)
                .map(raw -> features.of(EnrichedArticle.of(raw, pipeline.enrich(raw), raw.fetchedAt())))
                .toList();
    }
}
