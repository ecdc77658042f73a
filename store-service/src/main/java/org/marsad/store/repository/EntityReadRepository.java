package org.marsad.store.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.domain.EntityStats;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads entities with their article and mention counts. */
@ApplicationScoped
public class EntityReadRepository {

    private static final String SELECT = """
            SELECT e.id, e.type, e.name, e.aliases,
                   count(ae.article_id) AS article_count, coalesce(sum(ae.mentions), 0) AS mention_count
            FROM store.entity e LEFT JOIN store.article_entity ae ON ae.entity_id = e.id
            """;

    private final Transactions transactions;

    public EntityReadRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Entities whose normalised name or an alias contains {@code q} (null: any), of {@code type} (null: any),
     * the most written about first.
     */
    public List<EntityStats> list(String q, String type, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE TRUE");
        if (q != null) {
            // The pattern is normalised like the names it is compared with.
            sql.append(" AND (store.normalize_ar(e.name) ILIKE store.normalize_ar(?)"
                    + " OR EXISTS (SELECT 1 FROM unnest(e.aliases) AS al"
                    + " WHERE store.normalize_ar(al) ILIKE store.normalize_ar(?)))");
            String pattern = "%" + likeEscaped(q) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (type != null) {
            sql.append(" AND e.type = ?");
            params.add(type);
        }
        sql.append(" GROUP BY e.id ORDER BY article_count DESC, mention_count DESC, e.id LIMIT ?");
        params.add(limit);
        return query(sql.toString(), params);
    }

    public Optional<EntityStats> find(String id) {
        return query(SELECT + " WHERE e.id = ? GROUP BY e.id", List.of(id)).stream().findFirst();
    }

    private List<EntityStats> query(String sql, List<Object> params) {
        return transactions.withConnection(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                List<EntityStats> found = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.add(new EntityStats(rs.getString("id"), rs.getString("type"), rs.getString("name"),
                                Rows.strings(rs, "aliases"), rs.getLong("article_count"),
                                rs.getLong("mention_count")));
                    }
                }
                return found;
            }
        });
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
