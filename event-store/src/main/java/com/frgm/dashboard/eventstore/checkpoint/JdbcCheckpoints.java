package com.frgm.dashboard.eventstore.checkpoint;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Checkpoints in the event store's database ({@code replay_checkpoint}), for replays of the store. */
public final class JdbcCheckpoints implements CheckpointStore {

    private final JdbcTemplate jdbc;

    public JdbcCheckpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CheckpointMeta> list(int version) {
        return jdbc.query(
                """
                SELECT version, global_index, events, max_stored_at, max_feed_time, range_from, range_min_feed_time
                FROM replay_checkpoint WHERE version = ? ORDER BY global_index""",
                (rs, n) -> new CheckpointMeta(
                        rs.getInt(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)),
                        rs.getLong(6),
                        instant(rs.getTimestamp(7))),
                version);
    }

    @Override
    public Optional<byte[]> state(CheckpointMeta meta) {
        return jdbc
                .query(
                        "SELECT state FROM replay_checkpoint WHERE version = ? AND global_index = ?",
                        (rs, n) -> rs.getBytes(1),
                        meta.version(),
                        meta.globalIndex())
                .stream()
                .findFirst();
    }

    @Override
    public void save(CheckpointMeta meta, byte[] state) {
        jdbc.update(
                """
                INSERT INTO replay_checkpoint
                    (version, global_index, events, max_stored_at, max_feed_time, range_from, range_min_feed_time, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (version, global_index) DO UPDATE SET events = excluded.events,
                    max_stored_at = excluded.max_stored_at, max_feed_time = excluded.max_feed_time,
                    range_from = excluded.range_from, range_min_feed_time = excluded.range_min_feed_time, state = excluded.state""",
                meta.version(),
                meta.globalIndex(),
                meta.events(),
                timestamp(up(meta.maxStoredAt())),
                timestamp(up(meta.maxFeedTime())),
                meta.rangeFrom(),
                timestamp(down(meta.rangeMinFeedTime())),
                state);
    }

    @Override
    public String describe() {
        return "the event store's replay_checkpoint table";
    }

    /**
     * A latest time rounded up and an earliest one down to the column's microseconds: a rounded
     * meta may make a replay pass over a checkpoint it could have used, never use one it may not.
     */
    private static Instant up(Instant instant) {
        if (instant == null) {
            return null;
        }
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return micros.equals(instant) ? micros : micros.plus(1, ChronoUnit.MICROS);
    }

    private static Instant down(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
