package org.marsad.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.EntityType;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.marsad.localstack.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.marsad.store.domain.ArticleQuery;
import org.marsad.store.domain.ArticleSummary;
import org.marsad.store.domain.Cursor;
import org.marsad.store.domain.EntityDetails;
import org.marsad.store.domain.EntityStats;
import org.marsad.store.domain.Page;
import org.marsad.store.service.ArticleCatalog;
import org.marsad.store.service.ArticleStorage;
import org.marsad.store.service.EntityCatalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's writes and reads against the real PostgreSQL: idempotence, versions, search, paging. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ArticleStorageTest {

    private static final Instant MORNING = Instant.parse("2025-03-01T08:00:00Z");

    @Inject
    ArticleStorage storage;
    @Inject
    ArticleCatalog articles;
    @Inject
    EntityCatalog entities;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void waitsOutADatabaseOutageInsteadOfDeadLetteringTheBatch() throws Exception {
        EnrichedArticle article = Fixtures.english(Fixtures.id(), Fixtures.outlet("outage"), "Ferry resumes",
                "The ferry to the island resumed service on Monday.", MORNING, List.of());
        String adminUrl = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class)
                .replaceFirst("/marsad$", "/postgres");
        try (Connection admin = DriverManager.getConnection(adminUrl, PostgresServer.USER, PostgresServer.PASSWORD);
             Statement sql = admin.createStatement()) {
            // An outage as the service sees it: its connections are cut and new ones are refused.
            sql.execute("ALTER DATABASE marsad ALLOW_CONNECTIONS false");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'marsad'");
            CompletableFuture<Map<String, RuntimeException>> storing =
                    CompletableFuture.supplyAsync(() -> storage.store(List.of(article)));
            Thread.sleep(2500);
            assertThat(storing).as("still waiting for the database").isNotDone();
            sql.execute("ALTER DATABASE marsad ALLOW_CONNECTIONS true");
            assertThat(storing.get(60, TimeUnit.SECONDS)).isEmpty();
        }
        assertThat(articles.find(article.id())).isPresent();
    }

    @Test
    void foldsArabicSpellingVariants() throws SQLException {
        assertThat(sql("SELECT store.normalize_ar('أإآٱ ى ة مُحَمَّد عـــربي ٢٠٢٥ ۱۲')"))
                .isEqualTo("اااا ي ه محمد عربي 2025 12");
    }

    @Test
    void findsTheArabicArticleByThePlainFormOfAProcliticWord() {
        String outlet = Fixtures.outlet("ar-search");
        EnrichedArticle prefixed = Fixtures.arabic(Fixtures.id(), outlet, "لقاء مرتقب في سوتشي",
                Fixtures.PUTIN_AR_TEXT, MORNING, List.of());
        EnrichedArticle plain = Fixtures.arabic(Fixtures.id(), outlet, "تصريحات روسية",
                "صرّح بوتين بأن المحادثات ستستمر.", MORNING.plusSeconds(60), List.of());
        EnrichedArticle unrelated = Fixtures.arabic(Fixtures.id(), outlet, "أمطار غزيرة",
                "هطلت أمطار غزيرة على دمشق.", MORNING.plusSeconds(120), List.of());
        assertThat(storage.store(List.of(prefixed, plain, unrelated))).isEmpty();

        assertThat(ids(search("بوتين", outlet))).containsExactlyInAnyOrder(prefixed.id(), plain.id());
        // Hamza, diacritics and the definite article do not stand in the way either.
        assertThat(ids(search("اردوغان", outlet))).containsExactly(prefixed.id());
        assertThat(ids(search("الملفّ السوريّ", outlet))).containsExactly(prefixed.id());
        assertThat(ids(search("أمطار", outlet))).containsExactly(unrelated.id());
    }

    @Test
    void findsTheEnglishArticleByNameAndByStem() {
        String outlet = Fixtures.outlet("en-search");
        EnrichedArticle en = Fixtures.english(Fixtures.id(), outlet, "Putin and Erdogan to meet in Sochi",
                Fixtures.PUTIN_EN_TEXT, MORNING, List.of());
        EnrichedArticle other = Fixtures.english(Fixtures.id(), outlet, "Heavy rain in Damascus",
                "Heavy rain fell on Damascus on Monday.", MORNING, List.of());
        storage.store(List.of(en, other));

        assertThat(ids(search("Putin", outlet))).containsExactly(en.id());
        assertThat(ids(search("meeting", outlet))).containsExactly(en.id());
        assertThat(ids(search("\"heavy rain\" -Putin", outlet))).containsExactly(other.id());
    }

    @Test
    void findsAnArticleByTheAliasOfAnEntityItMentionsInAnotherScript() {
        String outlet = Fixtures.outlet("alias");
        EnrichedArticle ar = Fixtures.arabic(Fixtures.id(), outlet, "لقاء مرتقب", Fixtures.PUTIN_AR_TEXT, MORNING,
                List.of(Fixtures.putin(Fixtures.PUTIN_AR_TEXT)));
        storage.store(List.of(ar));

        assertThat(ids(search("Putin", outlet))).containsExactly(ar.id());
    }

    @Test
    void keepsTheSameSeqWhenTheSameVersionIsStoredAgain() throws SQLException {
        EnrichedArticle article = Fixtures.arabic(Fixtures.id(), Fixtures.outlet("replay"), "لقاء مرتقب",
                Fixtures.PUTIN_AR_TEXT, MORNING, List.of(Fixtures.putin(Fixtures.PUTIN_AR_TEXT)));
        storage.store(List.of(article));
        String before = sql("SELECT seq || ' ' || stored_at || ' ' || announced FROM store.article WHERE id = '"
                + article.id() + "'");

        storage.store(List.of(article, article));
        storage.store(List.of(article));

        assertThat(sql("SELECT seq || ' ' || stored_at || ' ' || announced FROM store.article WHERE id = '"
                + article.id() + "'")).isEqualTo(before).endsWith("true");
        assertThat(sql("SELECT count(*) FROM store.article_entity WHERE article_id = '" + article.id() + "'"))
                .isEqualTo("1");
    }

    @Test
    void neverReplacesANewerVersionWithAnOlderOne() throws SQLException {
        EnrichedArticle first = Fixtures.arabic(Fixtures.id(), Fixtures.outlet("versions"), "العنوان الأول",
                Fixtures.PUTIN_AR_TEXT, MORNING, List.of());
        EnrichedArticle second = Fixtures.retitled(first, "العنوان الثاني", first.fetchedAt().plusSeconds(600));
        storage.store(List.of(first));
        long firstSeq = Long.parseLong(sql("SELECT seq FROM store.article WHERE id = '" + first.id() + "'"));

        storage.store(List.of(second));
        long secondSeq = Long.parseLong(sql("SELECT seq FROM store.article WHERE id = '" + first.id() + "'"));
        storage.store(List.of(first));

        assertThat(secondSeq).isGreaterThan(firstSeq);
        assertThat(sql("SELECT title || ' ' || seq FROM store.article WHERE id = '" + first.id() + "'"))
                .isEqualTo("العنوان الثاني " + secondSeq);
        // Within one batch too, the newer version wins whatever the order.
        EnrichedArticle third = Fixtures.retitled(first, "العنوان الثالث", first.fetchedAt().plusSeconds(1200));
        storage.store(List.of(third, second));
        assertThat(sql("SELECT title FROM store.article WHERE id = '" + first.id() + "'"))
                .isEqualTo("العنوان الثالث");
    }

    @Test
    void keepsTheFirstNameOfAnEntityAndGathersItsAliases() {
        String outlet = Fixtures.outlet("aliases");
        String entityId = "per:test-" + Fixtures.id();
        String text = "التقى الوزير نظيره في الرياض.";
        storage.store(List.of(Fixtures.arabic(Fixtures.id(), outlet, "لقاء", text, MORNING,
                List.of(Fixtures.entity(entityId, EntityType.PERSON, "الوزير", List.of("Minister"), text,
                        "الوزير")))));
        storage.store(List.of(Fixtures.arabic(Fixtures.id(), outlet, "لقاء آخر", text + " الوزير", MORNING,
                List.of(Fixtures.entity(entityId, EntityType.PERSON, "وزير", List.of("The Minister", "Minister"),
                        text + " الوزير", "الوزير")))));

        EntityDetails entity = entities.find(entityId).orElseThrow();
        assertThat(entity.name()).isEqualTo("الوزير");
        assertThat(entity.aliases()).containsExactly("Minister", "The Minister");
        assertThat(entity.articleCount()).isEqualTo(2);
        assertThat(entity.mentionCount()).isEqualTo(3);
        assertThat(entity.articles()).hasSize(2);
        assertThat(entities.list("وزير", "PERSON", 100)).extracting(EntityStats::id).contains(entityId);
        assertThat(entities.list("وزير", "LOCATION", 100)).extracting(EntityStats::id).doesNotContain(entityId);
    }

    @Test
    void pagesThroughEveryArticleExactlyOnce() {
        String outlet = Fixtures.outlet("pages");
        List<EnrichedArticle> batch = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Ties on the publication time and articles without one both have to page correctly.
            Instant published = i % 5 == 0 ? null : MORNING.plusSeconds(60L * (i / 3));
            batch.add(Fixtures.english(Fixtures.id(), outlet, "Item " + i, "Text of item " + i + ".", published,
                    List.of()));
        }
        storage.store(batch);

        List<String> seen = new ArrayList<>();
        Cursor cursor = null;
        int pages = 0;
        do {
            Page<ArticleSummary> page = articles.list(new ArticleQuery(null, null, outlet, null, null, null, null, null, 5,
                    cursor));
            page.items().forEach(a -> seen.add(a.id()));
            cursor = page.next() == null ? null : Cursor.decode(page.next());
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(5);
        assertThat(seen).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(batch.stream().map(EnrichedArticle::id).toList());
    }

    private List<ArticleSummary> search(String q, String outlet) {
        return articles.list(new ArticleQuery(q, null, outlet, null, null, null, null, null, 100, null)).items();
    }

    private static Set<String> ids(List<ArticleSummary> summaries) {
        return new HashSet<>(summaries.stream().map(ArticleSummary::id).toList());
    }

    private String sql(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
