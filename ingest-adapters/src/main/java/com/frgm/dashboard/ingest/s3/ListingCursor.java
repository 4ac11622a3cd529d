package com.frgm.dashboard.ingest.s3;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The durable cursor of the listing poller ({@code s3_listing_cursor}). It only moves forward,
 * even when two nodes settle files of one prefix in a different order.
 */
final class ListingCursor {

    private final JdbcTemplate jdbc;

    ListingCursor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> lastKey(WatchedPrefix where) {
        return jdbc.query(
                "SELECT last_key FROM s3_listing_cursor WHERE bucket = ? AND prefix = ?",
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty(),
                where.bucket(),
                where.prefix());
    }

    void advance(WatchedPrefix where, String key) {
        jdbc.update("""
                INSERT INTO s3_listing_cursor (bucket, prefix, last_key) VALUES (?, ?, ?)
                ON CONFLICT (bucket, prefix) DO UPDATE
                    SET last_key = GREATEST(s3_listing_cursor.last_key, EXCLUDED.last_key), updated_at = now()
                """, where.bucket(), where.prefix(), key);
    }
}
