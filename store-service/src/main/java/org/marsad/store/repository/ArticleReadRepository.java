package org.marsad.store.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.domain.ArticleQuery;
import org.marsad.store.domain.ArticleSummary;
import org.marsad.store.domain.EntityRef;
import org.marsad.store.domain.NearDuplicateRef;
import org.marsad.store.domain.StoredDocument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads stored articles: filtered, newest-first lists of summaries, and whole documents. */
@ApplicationScoped
public class ArticleReadRepository {

    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A\\u0671-\\u06D3]");

    private static final String SUMMARY_COLUMNS = """
            SELECT a.id, a.url, a.outlet, a.feed_id, a.title, a.language, a.published_at, a.fetched_at,
                   a.stored_at, a.summary, a.story_id
            FROM store.article a
            """;

    private static final String TOP_ENTITIES = """
            SELECT article_id, id, type, name FROM (
                SELECT ae.article_id, e.id, e.type, e.name,
                       row_number() OVER (PARTITION BY ae.article_id ORDER BY ae.mentions DESC, e.id) AS n
                FROM store.article_entity ae JOIN store.entity e ON e.id = ae.entity_id
                WHERE ae.article_id = ANY(?)) ranked
            WHERE n <= ?
            ORDER BY article_id, n
            """;

    private final Transactions transactions;

    public ArticleReadRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Up to {@code fetch} articles matching {@code query}, newest first, after {@code query.after()}. */
    public List<ArticleSummary> list(ArticleQuery query, int fetch) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SUMMARY_COLUMNS).append(" WHERE TRUE");
        if (query.q() != null) {
            // Stemmed in the query's script, or unstemmed: the index holds both forms (see V1 migration).
            sql.append(" AND a.search @@ (websearch_to_tsquery(?::regconfig, store.normalize_ar(?))"
                    + " || websearch_to_tsquery('pg_catalog.simple', store.normalize_ar(?)))");
            params.addAll(List.of(searchConfigFor(query.q()), query.q(), query.q()));
        }
        if (query.language() != null) {
            sql.append(" AND a.language = ?");
            params.add(query.language());
        }
        if (query.outlet() != null) {
            sql.append(" AND a.outlet = ?");
            params.add(query.outlet());
        }
        if (query.feedId() != null) {
            sql.append(" AND a.feed_id = ?");
            params.add(query.feedId());
        }
        if (query.entityId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM store.article_entity ae"
                    + " WHERE ae.article_id = a.id AND ae.entity_id = ?)");
            params.add(query.entityId());
        }
        if (query.storyId() != null) {
            sql.append(" AND a.story_id = ?");
            params.add(query.storyId());
        }
        if (query.since() != null) {
            sql.append(" AND a.sort_at >= ?");
            params.add(Rows.timestamp(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND a.sort_at < ?");
            params.add(Rows.timestamp(query.until()));
        }
        if (query.after() != null) {
            sql.append(" AND (a.sort_at, a.id) < (?, ?)");
            params.add(Rows.timestamp(query.after().sortAt()));
            params.add(query.after().id());
        }
        sql.append(" ORDER BY a.sort_at DESC, a.id DESC LIMIT ?");
        params.add(fetch);
        return transactions.withConnection(c -> withEntities(c, select(c, sql.toString(), params)));
    }

    public Optional<StoredDocument> find(String id) {
        return transactions.withConnection(c -> {
            try (PreparedStatement statement =
                         c.prepareStatement("SELECT doc::text, stored_at, story_id FROM store.article WHERE id = ?")) {
                statement.setString(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new StoredDocument(rs.getString(1), Rows.instant(rs, "stored_at"),
                                    rs.getString("story_id")))
                            : Optional.empty();
                }
            }
        });
    }

    /** Articles whose fingerprint is within a few bits of this one's, closest first. */
    public List<NearDuplicateRef> nearDuplicates(String id) {
        return transactions.withConnection(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    SELECT n.other_id, a.outlet, a.title, n.distance
                    FROM store.near_duplicate n JOIN store.article a ON a.id = n.other_id
                    WHERE n.article_id = ? ORDER BY n.distance, n.other_id""")) {
                statement.setString(1, id);
                List<NearDuplicateRef> found = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.add(new NearDuplicateRef(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getInt(4)));
                    }
                }
                return found;
            }
        });
    }

    /** Arabic letters in the query call for the Arabic stemmer; anything else is read as English. */
    static String searchConfigFor(String q) {
        return ARABIC_LETTER.matcher(q).find() ? "pg_catalog.arabic" : "pg_catalog.english";
    }

    private static List<ArticleSummary> select(Connection c, String sql, List<Object> params) throws SQLException {
        List<ArticleSummary> found = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new ArticleSummary(rs.getString("id"), rs.getString("url"), rs.getString("outlet"),
                            rs.getString("feed_id"), rs.getString("title"), rs.getString("language"),
                            Rows.instant(rs, "published_at"), Rows.instant(rs, "fetched_at"),
                            Rows.instant(rs, "stored_at"), rs.getString("summary"), List.of(),
                            rs.getString("story_id")));
                }
            }
        }
        return found;
    }

    private static List<ArticleSummary> withEntities(Connection c, List<ArticleSummary> articles)
            throws SQLException {
        if (articles.isEmpty()) {
            return articles;
        }
        Map<String, List<EntityRef>> refs = new HashMap<>();
        try (PreparedStatement statement = c.prepareStatement(TOP_ENTITIES)) {
            statement.setArray(1, c.createArrayOf("text", articles.stream().map(ArticleSummary::id).toArray()));
            statement.setInt(2, ArticleSummary.MAX_ENTITIES);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    refs.computeIfAbsent(rs.getString("article_id"), k -> new ArrayList<>())
                            .add(new EntityRef(rs.getString("id"), rs.getString("type"), rs.getString("name")));
                }
            }
        }
        return articles.stream().map(a -> a.withEntities(refs.getOrDefault(a.id(), List.of()))).toList();
    }
}
