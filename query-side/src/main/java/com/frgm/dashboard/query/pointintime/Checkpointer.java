package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.eventstore.checkpoint.CheckpointMeta;
import com.frgm.dashboard.eventstore.checkpoint.CheckpointStore;
import com.frgm.dashboard.eventstore.replay.ReplaySource;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.replay.ReplayWindow;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link CheckpointStore} up with a {@link ReplaySource}: the point-in-time state is
 * carried forward through the replay engine, and saved each time it has taken in every event of
 * the next {@code every} global indexes. It resumes from the store's last checkpoint; a partial
 * stretch at the head is carried in memory until it fills. Not thread-safe: one writer per store.
 */
public final class Checkpointer {

    /** A checkpoint per this many global indexes: at the feed's rate about every four minutes. */
    public static final long DEFAULT_EVERY = 5_000;

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final ReplayEngine engine;
    private final ReplaySource source;
    private final CheckpointStore store;
    private final ZoneId businessZone;
    private final long every;
    private PointInTimeState state;
    private ClockWatch clocks;
    private List<Object> projections;
    private long position;
    private long events;
    private long lastCheckpoint;

    public Checkpointer(
            ReplayEngine engine, ReplaySource source, CheckpointStore store, ZoneId businessZone, long every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
        this.engine = engine;
        this.source = source;
        this.store = store;
        this.businessZone = businessZone;
        this.every = every;
    }

    /**
     * Reads what the source holds beyond the state, saving a checkpoint at each filled stretch;
     * returns how many it saved. {@code progress} hears the last global index read.
     */
    public int catchUp(LongConsumer progress) {
        if (state == null) {
            resume();
        }
        int saved = 0;
        while (true) {
            long until = (position / every + 1) * every;
            ReplayEngine.Replayed replayed =
                    engine.replay(source, position, ReplayWindow.upTo(until), projections, progress);
            events += replayed.events();
            position = Math.max(position, replayed.lastGlobalIndex());
            if (!replayed.windowEnded()) {
                return saved;
            }
            // Every event before the one that ended the window is in: the stretch is final.
            if (position > lastCheckpoint) {
                save();
                saved++;
            }
            position = Math.max(position, replayed.endedAt() - 1);
        }
    }

    /** The last global index the state includes. */
    public long position() {
        return position;
    }

    public String describe() {
        return store.describe();
    }

    private void resume() {
        state = new PointInTimeState(businessZone);
        List<CheckpointMeta> metas = new ArrayList<>(store.list(PointInTimeState.VERSION));
        CheckpointMeta from = null;
        for (int i = metas.size() - 1; i >= 0 && from == null; i--) {
            Optional<byte[]> bytes = store.state(metas.get(i));
            if (bytes.isEmpty()) {
                continue;
            }
            try {
                state.restore(bytes.get());
                from = metas.get(i);
            } catch (RuntimeException e) {
                log.warn(
                        "Checkpoint at global index {} in {} is unusable; resuming from an earlier one: {}",
                        metas.get(i).globalIndex(),
                        store.describe(),
                        e.toString());
            }
        }
        clocks = from == null ? new ClockWatch(null, null) : new ClockWatch(from.maxStoredAt(), from.maxFeedTime());
        position = from == null ? 0 : from.globalIndex();
        events = from == null ? 0 : from.events();
        lastCheckpoint = position;
        List<Object> all = new ArrayList<>(state.projections());
        all.add(clocks);
        projections = List.copyOf(all);
    }

    private void save() {
        CheckpointMeta meta = new CheckpointMeta(
                PointInTimeState.VERSION,
                position,
                events,
                clocks.maxStoredAt(),
                clocks.maxFeedTime(),
                lastCheckpoint,
                clocks.rangeMinFeedTime());
        store.save(meta, state.save());
        lastCheckpoint = position;
        clocks.nextRange();
    }
}
