package org.marsad.store.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.domain.StoreStats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts over the whole store for {@code /stats}. */
@ApplicationScoped
public class StatsRepository {

    private final Transactions transactions;

    public StatsRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    public StoreStats stats() {
        return transactions.withConnection(c -> {
            long articles;
            Instant lastStoredAt;
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT count(*), max(stored_at) AS last FROM store.article");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                articles = rs.getLong(1);
                lastStoredAt = Rows.instant(rs, "last");
            }
            long entities;
            try (PreparedStatement statement = c.prepareStatement("SELECT count(*) FROM store.entity");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                entities = rs.getLong(1);
            }
            long stories;
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT count(*) FROM store.story WHERE merged_into IS NULL");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                stories = rs.getLong(1);
            }
            return new StoreStats(articles, entities, stories,
                    counts(c, "SELECT language, count(*) AS n FROM store.article GROUP BY 1 ORDER BY n DESC, 1"),
                    counts(c, "SELECT outlet, count(*) AS n FROM store.article GROUP BY 1 ORDER BY n DESC, 1"),
                    lastStoredAt);
        });
    }

    private static Map<String, Long> counts(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
