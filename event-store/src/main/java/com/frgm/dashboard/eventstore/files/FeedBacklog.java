package com.frgm.dashboard.eventstore.files;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files waiting in a feed that an ingest node is draining ({@code feed_backlog}), shared so
 * that every node's feed health says the feed is catching up. Only large backlogs are written
 * (the ingest side decides); a row is removed once the feed has caught up.
 */
@Component
public class FeedBacklog {

    private final JdbcTemplate jdbc;

    public FeedBacklog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The feed has {@code files} waiting, the oldest there since {@code oldestSince} (null if unknown). */
    public void report(String feedKind, String feedId, int files, Instant oldestSince) {
        jdbc.update("""
                INSERT INTO feed_backlog (feed_kind, feed_id, files, oldest_since) VALUES (?, ?, ?, ?)
                ON CONFLICT (feed_kind, feed_id) DO UPDATE
                    SET files = EXCLUDED.files, oldest_since = EXCLUDED.oldest_since, updated_at = now()
                """, feedKind, feedId, files, oldestSince == null ? null : Timestamp.from(oldestSince));
    }

    public void caughtUp(String feedKind, String feedId) {
        jdbc.update("DELETE FROM feed_backlog WHERE feed_kind = ? AND feed_id = ?", feedKind, feedId);
    }

    /** Backlogs reported within {@code fresh}; {@code age} is the oldest waiting file's, by the database's clock. */
    public List<Waiting> current(Duration fresh) {
        return jdbc.query(
                """
                SELECT feed_kind, feed_id, files,
                       extract(epoch FROM now() - oldest_since) * 1000 AS age_millis
                FROM feed_backlog
                WHERE updated_at > now() - ?::interval
                ORDER BY 1, 2
                """,
                (rs, row) -> {
                    double age = rs.getDouble("age_millis");
                    Long ageMillis = rs.wasNull() ? null : Math.max(0L, Math.round(age));
                    return new Waiting(
                            rs.getString("feed_kind"), rs.getString("feed_id"), rs.getInt("files"), ageMillis);
                },
                fresh.toMillis() + " milliseconds");
    }

    /** @param ageMillis how long the oldest waiting file has waited; null when unknown */
    public record Waiting(String kind, String feedId, int files, Long ageMillis) {}
}
