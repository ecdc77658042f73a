package org.marsad.ingest.repository;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ingest.article_seen}: which article ids were published, with which content hash. Both operations
 * take a whole batch in one round trip, because bulk ingestion is measured in thousands of articles a second.
 */
@ApplicationScoped
public class SeenRepository {

    private final DataSource dataSource;

    public SeenRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The content hash last published for each of {@code ids} that was seen before. */
    public Map<String, String> contentHashes(Collection<String> ids) {
        Map<String, String> hashes = new HashMap<>();
        if (ids.isEmpty()) {
            return hashes;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select id, content_hash from ingest.article_seen where id = any(?)")) {
            select.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.put(rows.getString(1), rows.getString(2));
                }
            }
            return hashes;
        } catch (SQLException e) {
            throw new RepositoryException("could not read seen articles", e);
        }
    }

    /** Records that each id was published (or seen again) with its content hash at {@code now}. */
    public void record(Map<String, String> hashesById, Instant now) {
        if (hashesById.isEmpty()) {
            return;
        }
        // Sorted ids: concurrent batches lock rows in the same order, so they cannot deadlock.
        TreeMap<String, String> sorted = new TreeMap<>(hashesById);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into ingest.article_seen (id, content_hash, first_seen_at, last_seen_at)
                     select id, hash, ?, ? from unnest(?::text[], ?::text[]) as batch(id, hash)
                     on conflict (id) do update
                         set content_hash = excluded.content_hash, last_seen_at = excluded.last_seen_at
                     """)) {
            Jdbc.setInstant(upsert, 1, now);
            Jdbc.setInstant(upsert, 2, now);
            Array ids = connection.createArrayOf("text", sorted.keySet().toArray());
            Array hashes = connection.createArrayOf("text", sorted.values().toArray());
            upsert.setArray(3, ids);
            upsert.setArray(4, hashes);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new RepositoryException("could not record seen articles", e);
        }
    }
}
