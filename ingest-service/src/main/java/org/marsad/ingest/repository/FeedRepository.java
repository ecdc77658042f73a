package org.marsad.ingest.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.ingest.domain.Feed;
import org.marsad.ingest.domain.FeedStatus;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code ingest.feed}: subscriptions, and the polling state the poller reads and writes. */
@ApplicationScoped
public class FeedRepository {

    private final DataSource dataSource;

    public FeedRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts a new subscription, due at once; empty when the id is already subscribed. */
    public Optional<Feed> insertIfAbsent(String id, String url, String outlet, int pollSeconds, boolean fullText,
                                         Instant now) {
        return single("""
                insert into ingest.feed (id, url, outlet, poll_seconds, full_text, status, next_poll_at, created_at)
                values (?, ?, ?, ?, ?, 'new', ?, ?)
                on conflict do nothing
                returning *
                """, s -> {
            s.setString(1, id);
            s.setString(2, url);
            s.setString(3, outlet);
            s.setInt(4, pollSeconds);
            s.setBoolean(5, fullText);
            Jdbc.setInstant(s, 6, now);
            Jdbc.setInstant(s, 7, now);
        });
    }

    public Optional<Feed> find(String id) {
        return single("select * from ingest.feed where id = ?", s -> s.setString(1, id));
    }

    public List<Feed> list() {
        return query("select * from ingest.feed order by created_at, id", s -> {
        });
    }

    public boolean delete(String id) {
        return update("delete from ingest.feed where id = ?", s -> s.setString(1, id)) > 0;
    }

    /**
     * Takes up to {@code limit} feeds due at {@code now} and moves their next poll to {@code leaseUntil}, in
     * one statement: another tick, or another instance of this service, will not poll them meanwhile.
     */
    public List<Feed> claimDue(Instant now, int limit, Instant leaseUntil) {
        return query("""
                update ingest.feed set next_poll_at = ?
                where id in (select id from ingest.feed where next_poll_at <= ?
                             order by next_poll_at limit ? for update skip locked)
                returning *
                """, s -> {
            Jdbc.setInstant(s, 1, leaseUntil);
            Jdbc.setInstant(s, 2, now);
            s.setInt(3, limit);
        });
    }

    /**
     * Records a successful poll. The outlet of a subscription made without one is fixed at the first success
     * (to {@code outlet}, the feed's title or host), so its articles keep one outlet name. A poll that published
     * something updates the smoothed gap between such polls (the feed's cadence, see FeedHealth).
     *
     * @param warning what had to be repaired or left out to read the document, or null
     */
    public void recordSuccess(String id, Instant fetchedAt, String etag, String lastModified, String title,
                              String outlet, int itemsSeen, int itemsPublished, String warning, Instant nextPollAt) {
        update("""
                update ingest.feed set status = 'ok', last_fetched_at = ?, last_success_at = ?, last_error = null,
                    failures = 0, etag = ?, last_modified = ?, title = coalesce(?, title),
                    outlet = coalesce(outlet, ?), items_seen = items_seen + ?,
                    items_published = items_published + ?, last_warning = ?, next_poll_at = ?,
                    new_item_gap_seconds = case
                        when cast(? as integer) = 0 or last_new_item_at is null then new_item_gap_seconds
                        when new_item_gap_seconds is null
                            then extract(epoch from (cast(? as timestamptz) - last_new_item_at))
                        else 0.7 * new_item_gap_seconds
                            + 0.3 * extract(epoch from (cast(? as timestamptz) - last_new_item_at)) end,
                    last_new_item_at = case when cast(? as integer) = 0 then last_new_item_at
                        else cast(? as timestamptz) end
                where id = ?
                """, s -> {
            Jdbc.setInstant(s, 1, fetchedAt);
            Jdbc.setInstant(s, 2, fetchedAt);
            s.setString(3, etag);
            s.setString(4, lastModified);
            s.setString(5, title);
            s.setString(6, outlet);
            s.setInt(7, itemsSeen);
            s.setInt(8, itemsPublished);
            s.setString(9, warning);
            Jdbc.setInstant(s, 10, nextPollAt);
            s.setInt(11, itemsPublished);
            Jdbc.setInstant(s, 12, fetchedAt);
            Jdbc.setInstant(s, 13, fetchedAt);
            s.setInt(14, itemsPublished);
            Jdbc.setInstant(s, 15, fetchedAt);
            s.setString(16, id);
        });
    }

    /** Records a failed poll; the validators stay, so the next attempt is still conditional. */
    public void recordFailure(String id, Instant fetchedAt, String error, Instant nextPollAt) {
        update("""
                update ingest.feed set status = 'failing', last_fetched_at = ?, last_error = ?,
                    failures = failures + 1, next_poll_at = ?
                where id = ?
                """, s -> {
            Jdbc.setInstant(s, 1, fetchedAt);
            s.setString(2, error);
            Jdbc.setInstant(s, 3, nextPollAt);
            s.setString(4, id);
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Optional<Feed> single(String sql, Binder binder) {
        List<Feed> feeds = query(sql, binder);
        return feeds.isEmpty() ? Optional.empty() : Optional.of(feeds.get(0));
    }

    private List<Feed> query(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<Feed> feeds = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    feeds.add(feed(rows));
                }
            }
            return feeds;
        } catch (SQLException e) {
            throw new RepositoryException("feed query failed", e);
        }
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new RepositoryException("feed update failed", e);
        }
    }

    private static Feed feed(ResultSet row) throws SQLException {
        return new Feed(
                row.getString("id"),
                row.getString("url"),
                row.getString("outlet"),
                row.getString("title"),
                row.getInt("poll_seconds"),
                row.getString("etag"),
                row.getString("last_modified"),
                FeedStatus.ofCode(row.getString("status")),
                Jdbc.getInstant(row, "last_fetched_at"),
                Jdbc.getInstant(row, "last_success_at"),
                row.getString("last_error"),
                row.getInt("failures"),
                row.getLong("items_seen"),
                row.getLong("items_published"),
                Jdbc.getInstant(row, "next_poll_at"),
                Jdbc.getInstant(row, "created_at"),
                row.getBoolean("full_text"),
                Jdbc.getInstant(row, "last_new_item_at"),
                (Double) row.getObject("new_item_gap_seconds"),
                row.getString("last_warning"));
    }
}
