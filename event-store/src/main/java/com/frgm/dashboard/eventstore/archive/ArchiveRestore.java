package com.frgm.dashboard.eventstore.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Loads an archive into an empty event store, keeping every global index. One transaction
 * under the append lock (ADR 0002): a missing or corrupt segment rolls everything back, so the
 * store is either fully restored or still empty. Afterwards the global-index sequence continues
 * after the last restored event, the archive cursor points there (the archive already holds
 * everything up to it), processor tokens are gone so every projection rebuilds, and the
 * duplicate-content registry is rebuilt from the file-accepted events.
 */
public final class ArchiveRestore {

    /** What a restore did. */
    public record Result(int segments, long events, long lastGlobalIndex) {}

    private final DataSource dataSource;
    private final long appendLockKey;

    public ArchiveRestore(DataSource dataSource, long appendLockKey) {
        this.dataSource = dataSource;
        this.appendLockKey = appendLockKey;
    }

    public Result restore(Archive archive, Consumer<Double> progress) throws SQLException {
        List<ManifestEntry> entries = archive.manifest();
        if (entries.isEmpty()) {
            // Most likely a mistyped location: restoring nothing would look like success.
            throw new ArchiveCorruptException("no archive at " + archive.store().describe() + ": no manifest entries");
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                lock(c);
                refuseNonEmpty(c);
                long events = 0;
                long last = 0;
                int done = 0;
                for (ManifestEntry entry : entries) {
                    List<ArchivedEvent> segment = archive.events(entry);
                    insert(c, segment);
                    registerFiles(c, segment);
                    events += segment.size();
                    last = entry.lastGlobalIndex();
                    progress.accept((double) ++done / entries.size());
                }
                finish(c, last);
                c.commit();
                progress.accept(1.0);
                return new Result(entries.size(), events, last);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void lock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, appendLockKey);
            lock.execute();
        }
    }

    private static void refuseNonEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rs.next();
            long count = rs.getLong(1);
            if (count > 0) {
                throw new IllegalStateException("refusing to restore: the event store at "
                        + c.getMetaData().getURL() + " is not empty (" + count
                        + " events); restore only into an empty database");
            }
        }
    }

    private static void insert(Connection c, List<ArchivedEvent> events) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload,
                    payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ArchivedEvent e : events) {
                insert.setLong(1, e.globalIndex());
                insert.setString(2, e.eventIdentifier());
                insert.setBytes(3, e.metaData());
                insert.setBytes(4, e.payload());
                insert.setString(5, e.payloadRevision());
                insert.setString(6, e.payloadType());
                insert.setString(7, e.timeStamp());
                insert.setString(8, e.aggregateIdentifier());
                insert.setLong(9, e.sequenceNumber());
                insert.setString(10, e.aggregateType());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Rebuilds the duplicate-content registry, which is not archived: every file-accepted event
     * names its file's {@code contentSha256} and {@code fileKey}, so a file restored here is
     * recognised if it is delivered again. The bucket is not in the events; feed facts (kind,
     * rows) come back only for files ingested after the restore.
     */
    private static void registerFiles(Connection c, List<ArchivedEvent> events) throws SQLException {
        // A schema with a per-kind identity column (ADR 0011) gets the content hash there, as its
        // own migration gave every older row; that is exact for market data.
        boolean identity = hasIdentityColumn(c);
        try (PreparedStatement register = c.prepareStatement(
                "INSERT INTO ingested_file (content_sha256, bucket, file_key, event_count, ingested_at"
                        + (identity ? ", identity" : "") + ") VALUES (?, '(restored)', ?, 0, ?::timestamptz"
                        + (identity ? ", ?" : "") + ") ON CONFLICT DO NOTHING")) {
            for (ArchivedEvent e : events) {
                FileIdentity file = FileIdentity.of(e.payload());
                if (file != null) {
                    register.setString(1, file.contentSha256());
                    register.setString(2, file.fileKey());
                    register.setString(3, e.timeStamp());
                    if (identity) {
                        register.setString(4, file.contentSha256());
                    }
                    register.addBatch();
                }
            }
            register.executeBatch();
        }
    }

    private static boolean hasIdentityColumn(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                SELECT 1 FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'ingested_file' AND column_name = 'identity'""")) {
            return rs.next();
        }
    }

    private static void finish(Connection c, long last) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (last > 0) {
                s.execute("SELECT setval(pg_get_serial_sequence('domain_event_entry', 'global_index'), " + last + ")");
            }
            s.executeUpdate(
                    "UPDATE archive_cursor SET last_global_index = " + last + ", updated_at = now() WHERE id = 1");
            s.executeUpdate("DELETE FROM token_entry");
        }
    }
}
