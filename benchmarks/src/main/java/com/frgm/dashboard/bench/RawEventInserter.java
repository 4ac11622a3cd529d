package com.frgm.dashboard.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline: the same event rows (payload and metadata bytes as Axon stored them) inserted
 * with one batched PreparedStatement and one commit per file into a table shaped exactly like
 * {@code domain_event_entry}, through the same connection pool and driver settings.
 */
final class RawEventInserter {

    record Row(
            byte[] metaData,
            byte[] payload,
            String payloadRevision,
            String payloadType,
            String timeStamp,
            String aggregateIdentifier,
            long sequenceNumber,
            String type) {}

    private final DataSource dataSource;
    private long sequenceOffset = 1_000_000_000L;

    RawEventInserter(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw_event");
            s.execute("CREATE TABLE bench_raw_event (LIKE domain_event_entry INCLUDING ALL)");
            s.execute(
                    "ALTER TABLE bench_raw_event ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_global_index_seq')");
        }
    }

    /** Inserts every file's rows, one transaction each; returns events per second. */
    double insert(List<List<Row>> files, boolean warmUp) throws SQLException {
        long events = 0;
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO bench_raw_event (event_identifier, meta_data, payload, payload_revision, payload_type,
                      time_stamp, aggregate_identifier, sequence_number, type) VALUES (?,?,?,?,?,?,?,?,?)""")) {
                for (List<Row> file : files) {
                    long offset = sequenceOffset++ * 10_000;
                    for (Row row : file) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setBytes(2, row.metaData());
                        insert.setBytes(3, row.payload());
                        insert.setString(4, row.payloadRevision());
                        insert.setString(5, row.payloadType());
                        insert.setString(6, row.timeStamp());
                        insert.setString(7, row.aggregateIdentifier());
                        insert.setLong(8, offset + row.sequenceNumber());
                        insert.setString(9, row.type());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                    events += file.size();
                }
            }
        }
        double rate = events / ((System.nanoTime() - start) / 1e9);
        return warmUp ? 0 : rate;
    }

    static long lastGlobalIndex(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rows stored after {@code afterIndex}, cut into files by each file's event count: appends
     * are serialised (ADR 0002), so one file's events are contiguous in global order.
     */
    static List<List<Row>> readBack(DataSource dataSource, long afterIndex, List<Integer> eventsPerFile) {
        List<List<Row>> files = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("""
                SELECT meta_data, payload, payload_revision, payload_type, time_stamp,
                       aggregate_identifier, sequence_number, type
                FROM domain_event_entry WHERE global_index > ? ORDER BY global_index""")) {
            q.setLong(1, afterIndex);
            try (ResultSet rs = q.executeQuery()) {
                for (int count : eventsPerFile) {
                    List<Row> file = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        if (!rs.next()) {
                            throw new IllegalStateException("fewer stored events than the files reported");
                        }
                        file.add(new Row(
                                rs.getBytes(1),
                                rs.getBytes(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getLong(7),
                                rs.getString(8)));
                    }
                    files.add(file);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
