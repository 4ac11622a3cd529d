package com.frgm.dashboard.eventstore.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-feed activity read from the ingestion bookkeeping every node shares: what the feed-health
 * view shows and the stall monitor acts on. Times are the database's, so every node agrees.
 */
@Component
public class FeedActivity {

    private final JdbcTemplate jdbc;

    public FeedActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A file that could not be ingested; recorded outside any event transaction. The first
     * problem often quotes the file's own bytes, and PostgreSQL text cannot hold a NUL: it is
     * written as its escape (backslash, u, four zeros), or the rejection would go uncounted.
     */
    public void recordRejection(
            String feedKind,
            String feedId,
            String bucket,
            String fileKey,
            String contentSha256,
            int problemCount,
            String firstProblem) {
        jdbc.update(
                """
                INSERT INTO rejected_file
                    (feed_kind, feed_id, bucket, file_key, content_sha256, problem_count, first_problem)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                feedKind,
                feedId,
                bucket,
                fileKey,
                contentSha256,
                problemCount,
                firstProblem.replace("\0", "\\u0000"));
    }

    /**
     * Every feed seen within {@code history}, with its last file and the last {@code window}'s
     * counts. {@code quietFor} is how long since the feed's last accepted file arrived.
     */
    public List<Feed> feeds(Duration window, Duration history) {
        return jdbc.query(
                """
                WITH accepted AS (
                    SELECT feed_kind, feed_id,
                           max(ingested_at) AS last_arrival,
                           max(file_time) AS last_file_time,
                           count(*) FILTER (WHERE ingested_at > now() - ?::interval) AS files,
                           coalesce(sum(row_count) FILTER (WHERE ingested_at > now() - ?::interval), 0) AS rows,
                           (array_agg(file_key ORDER BY ingested_at DESC))[1] AS last_key,
                           (array_agg(extract(epoch FROM ingested_at - file_time) * 1000
                                      ORDER BY ingested_at DESC))[1] AS lag_millis
                    FROM ingested_file
                    WHERE feed_id IS NOT NULL AND ingested_at > now() - ?::interval
                    GROUP BY feed_kind, feed_id),
                rejected AS (
                    SELECT feed_kind, feed_id, count(*) AS rejects, max(rejected_at) AS last_rejected
                    FROM rejected_file
                    WHERE rejected_at > now() - ?::interval
                    GROUP BY feed_kind, feed_id)
                SELECT coalesce(a.feed_kind, r.feed_kind) AS feed_kind, coalesce(a.feed_id, r.feed_id) AS feed_id,
                       a.last_arrival, a.last_file_time, a.last_key, coalesce(a.files, 0) AS files,
                       coalesce(a.rows, 0) AS rows, a.lag_millis, coalesce(r.rejects, 0) AS rejects,
                       r.last_rejected, now() AS db_now
                FROM accepted a FULL JOIN rejected r ON a.feed_kind = r.feed_kind AND a.feed_id = r.feed_id
                ORDER BY 1, 2
                """, FeedActivity::feed, interval(window), interval(window), interval(history), interval(history));
    }

    private static String interval(Duration duration) {
        return duration.toMillis() + " milliseconds";
    }

    private static Feed feed(ResultSet rs, int row) throws SQLException {
        Instant now = instant(rs, "db_now");
        Instant lastArrival = instant(rs, "last_arrival");
        double lagValue = rs.getDouble("lag_millis");
        Long lag = rs.wasNull() ? null : Math.round(lagValue);
        return new Feed(
                rs.getString("feed_kind"),
                rs.getString("feed_id"),
                lastArrival,
                instant(rs, "last_file_time"),
                rs.getString("last_key"),
                rs.getLong("files"),
                rs.getLong("rows"),
                lag,
                rs.getLong("rejects"),
                instant(rs, "last_rejected"),
                lastArrival == null ? null : Duration.between(lastArrival, now));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** One feed's recent activity; times are null when the feed has no accepted file in the history. */
    public record Feed(
            String kind,
            String feedId,
            Instant lastArrival,
            Instant lastFileTime,
            String lastFileKey,
            long filesInWindow,
            long rowsInWindow,
            Long lastIngestLagMillis,
            long rejectsInHistory,
            Instant lastRejected,
            Duration quietFor) {}
}
