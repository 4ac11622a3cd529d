package com.frgm.dashboard.eventstore.archive;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads committed events in global order straight from {@code domain_event_entry}. Reading
 * {@code global_index > n} never skips an event, because appends are serialised by the
 * advisory lock (ADR 0002): an index becomes visible only after every lower committed one,
 * and a gap that is never filled is a rolled-back transaction.
 */
public class EventReader {

    private final JdbcTemplate jdbc;

    public EventReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ArchivedEvent> after(long globalIndex, int limit) {
        return jdbc.query(
                """
                SELECT global_index, event_identifier, aggregate_identifier, type, sequence_number,
                       payload_type, payload_revision, time_stamp, payload, meta_data
                FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?""",
                (rs, n) -> new ArchivedEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBytes(9),
                        rs.getBytes(10)),
                globalIndex,
                limit);
    }

    public long head() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }
}
