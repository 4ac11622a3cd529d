package com.frgm.dashboard.eventstore.archive;

import org.springframework.jdbc.core.JdbcTemplate;

/** The archive's durable position in PostgreSQL ({@code archive_cursor}, Flyway V7). */
public class ArchiveCursor {

    private final JdbcTemplate jdbc;

    public ArchiveCursor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest global index known to be archived; 0 when nothing is. */
    public long position() {
        return jdbc.queryForObject("SELECT last_global_index FROM archive_cursor WHERE id = 1", Long.class);
    }

    /** The position, locking the row until the caller's transaction ends (one cut at a time). */
    public long lockedPosition() {
        return jdbc.queryForObject("SELECT last_global_index FROM archive_cursor WHERE id = 1 FOR UPDATE", Long.class);
    }

    /**
     * Moves the cursor from {@code expected} to {@code to}. Fails if another archiver moved it
     * meanwhile: two archivers must never interleave their segments.
     */
    public void advance(long expected, long to) {
        int updated = jdbc.update("""
                UPDATE archive_cursor SET last_global_index = ?, updated_at = now()
                WHERE id = 1 AND last_global_index = ?""", to, expected);
        if (updated != 1) {
            throw new IllegalStateException("archive cursor is no longer at " + expected
                    + ": another archiver is running against this event store");
        }
    }

    /** After a restore: everything up to {@code to} is already in the archive it came from. */
    public void reset(long to) {
        jdbc.update("UPDATE archive_cursor SET last_global_index = ?, updated_at = now() WHERE id = 1", to);
    }
}
