package org.marsad.store.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.domain.Announcement;
import org.marsad.store.domain.ArticleVersion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes article rows: the idempotent upsert of a batch of versions, and the bookkeeping of announcements.
 * A batch travels as one JSON array expanded by {@code jsonb_to_recordset}: one round trip per batch.
 */
@ApplicationScoped
public class ArticleWriteRepository {

    /*
     * A row changes only when its content hash differs and the incoming version is not older than the stored
     * one, compared on (fetched_at, enriched_at) with unknown times oldest. Identical replays are filtered
     * before the insert so they cost neither a search vector nor a sequence number.
     */
    private static final String UPSERT = """
            INSERT INTO store.article AS a (id, url, outlet, feed_id, title, language, published_at, fetched_at,
                enriched_at, summary, content_hash, fingerprint, pipeline_version, doc, search)
            SELECT x.id, x.url, x.outlet, x.feed_id, x.title, x.language, x.published_at, x.fetched_at,
                x.enriched_at, x.summary, x.content_hash, x.fingerprint, x.pipeline_version, x.doc,
                store.article_search(x.language, x.title, x.clean_text, x.names)
            FROM jsonb_to_recordset(?::jsonb) AS x(id text, url text, outlet text, feed_id text, title text,
                language text, published_at timestamptz, fetched_at timestamptz, enriched_at timestamptz,
                summary text, content_hash text, fingerprint text, pipeline_version text, doc jsonb,
                clean_text text, names text)
            WHERE NOT EXISTS (SELECT 1 FROM store.article s WHERE s.id = x.id AND s.content_hash = x.content_hash)
            ORDER BY x.id
            ON CONFLICT (id) DO UPDATE SET
                url = EXCLUDED.url, outlet = EXCLUDED.outlet, feed_id = EXCLUDED.feed_id, title = EXCLUDED.title,
                language = EXCLUDED.language, published_at = EXCLUDED.published_at,
                fetched_at = EXCLUDED.fetched_at, enriched_at = EXCLUDED.enriched_at, summary = EXCLUDED.summary,
                content_hash = EXCLUDED.content_hash, fingerprint = EXCLUDED.fingerprint,
                pipeline_version = EXCLUDED.pipeline_version, doc = EXCLUDED.doc, search = EXCLUDED.search,
                stored_at = now(), seq = nextval('store.article_seq'), announced = false
            WHERE a.content_hash <> EXCLUDED.content_hash
              AND (coalesce(EXCLUDED.fetched_at, '-infinity'), coalesce(EXCLUDED.enriched_at, '-infinity'))
               >= (coalesce(a.fetched_at, '-infinity'), coalesce(a.enriched_at, '-infinity'))
            RETURNING a.id
            """;

    private static final String UNANNOUNCED = """
            SELECT id, seq, outlet, title, language, summary, published_at, stored_at, story_id
            FROM store.article WHERE id = ANY(?) AND NOT announced ORDER BY seq
            """;

    // The seq guard keeps a newer version, stored meanwhile, waiting for its own announcement.
    private static final String MARK_ANNOUNCED = """
            UPDATE store.article AS a SET announced = true
            FROM unnest(?::text[], ?::bigint[]) AS x(id, seq)
            WHERE a.id = x.id AND a.seq = x.seq
            """;

    private final ObjectMapper mapper;

    public ArticleWriteRepository(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Inserts new articles and replaces changed ones (at most one version per id).
     *
     * @return the ids of the rows inserted or changed
     */
    public List<String> upsert(Connection connection, Collection<ArticleVersion> versions) throws SQLException {
        List<String> changed = new ArrayList<>();
        if (versions.isEmpty()) {
            return changed;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setString(1, rowsJson(versions));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    changed.add(rs.getString(1));
                }
            }
        }
        return changed;
    }

    /** The articles among {@code ids} whose current version has not been announced yet, oldest change first. */
    public List<Announcement> unannounced(Connection connection, Collection<String> ids) throws SQLException {
        List<Announcement> pending = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(UNANNOUNCED)) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    pending.add(new Announcement(rs.getString("id"), rs.getLong("seq"), rs.getString("outlet"),
                            rs.getString("title"), rs.getString("language"), rs.getString("summary"),
                            Rows.instant(rs, "published_at"), Rows.instant(rs, "stored_at"),
                            rs.getString("story_id")));
                }
            }
        }
        return pending;
    }

    public void markAnnounced(Connection connection, List<Announcement> announced) throws SQLException {
        if (announced.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(MARK_ANNOUNCED)) {
            statement.setArray(1, connection.createArrayOf("text",
                    announced.stream().map(Announcement::id).toArray()));
            statement.setArray(2, connection.createArrayOf("bigint",
                    announced.stream().map(Announcement::seq).toArray()));
            statement.executeUpdate();
        }
    }

    private String rowsJson(Collection<ArticleVersion> versions) {
        ArrayNode rows = mapper.createArrayNode();
        for (ArticleVersion v : versions) {
            ObjectNode row = rows.addObject()
                    .put("id", v.id())
                    .put("url", v.url())
                    .put("outlet", v.outlet())
                    .put("feed_id", v.feedId())
                    .put("title", v.title())
                    .put("language", v.language())
                    .put("published_at", Rows.iso(v.publishedAt()))
                    .put("fetched_at", Rows.iso(v.fetchedAt()))
                    .put("enriched_at", Rows.iso(v.enrichedAt()))
                    .put("summary", v.summary())
                    .put("content_hash", v.contentHash())
                    .put("fingerprint", v.fingerprint())
                    .put("pipeline_version", v.pipelineVersion())
                    .put("clean_text", v.cleanText())
                    .put("names", v.searchNames());
            row.putRawValue("doc", new RawValue(v.docJson()));
        }
        try {
            return mapper.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article rows are plain JSON", e);
        }
    }
}
