package com.frgm.dashboard.eventstore.files;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The durable record of which files have been ingested, keyed by their identity (a SHA-256; see
 * {@code FeedKind#identity}). Calls join the caller's transaction, which is the one that stores
 * the file's events.
 */
@Component
public class IngestedFileRegistry {

    private final JdbcTemplate jdbc;

    public IngestedFileRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the file as ingested. Returns false when it already was (by this or another
     * node; a concurrent claim waits for the other transaction and then sees its outcome).
     */
    public boolean claim(IngestedFile file) {
        return jdbc.update(
                        """
                INSERT INTO ingested_file
                    (identity, content_sha256, bucket, file_key, event_count, feed_kind, feed_id, file_time,
                     row_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (identity) DO NOTHING
                """,
                        file.identity(),
                        file.contentSha256(),
                        file.bucket(),
                        file.fileKey(),
                        file.eventCount(),
                        file.feedKind(),
                        file.feedId(),
                        file.fileTime() == null ? null : java.sql.Timestamp.from(file.fileTime()),
                        file.rows())
                == 1;
    }

    public boolean contains(String identity) {
        return lookup(identity).isPresent();
    }

    /** The key under which the file with this identity was first ingested. */
    public Optional<String> lookup(String identity) {
        return jdbc.query(
                "SELECT file_key FROM ingested_file WHERE identity = ?",
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty(),
                identity);
    }
}
