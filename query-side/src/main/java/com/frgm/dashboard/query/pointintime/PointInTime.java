package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.eventstore.checkpoint.CheckpointMeta;
import com.frgm.dashboard.eventstore.checkpoint.CheckpointStore;
import com.frgm.dashboard.eventstore.replay.ReplaySource;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.replay.ReplayWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the dashboard showed (desk's clock) or what the market was (feed's clock) at an instant: a
 * {@link PointInTimeState} restored from the nearest checkpoint it may start from and fed by the
 * replay engine with the events after it. The same answer as a replay from the first event
 * ({@code PointInTimeTest} checks it over random instants); the API answers from the store, the
 * CLI from the store or an archive.
 *
 * <p>On the desk's clock a checkpoint may start the answer when every event it includes was
 * stored by the instant; the replay then stops a settle time past it. On the feed's clock a
 * late file can carry any time, so the replay reads to the end, but skips each stretch between
 * two checkpoints whose earliest feed time lies after the instant.
 */
public final class PointInTime {

    private static final Logger log = LoggerFactory.getLogger(PointInTime.class);

    private final ReplayEngine engine;
    private final ReplaySource source;
    private final CheckpointStore checkpoints;
    private final ZoneId businessZone;

    /** {@code checkpoints} null: every answer replays from the first event. */
    public PointInTime(ReplayEngine engine, ReplaySource source, CheckpointStore checkpoints, ZoneId businessZone) {
        this.engine = engine;
        this.source = source;
        this.checkpoints = checkpoints;
        this.businessZone = businessZone;
    }

    public PointInTime(ReplayEngine engine, ReplaySource source, ZoneId businessZone) {
        this(engine, source, null, businessZone);
    }

    /** On the desk's clock. */
    public StateAtView stateAt(Instant at, String instrument, LongConsumer progress) {
        return stateAt(at, instrument, ReplayClock.DESK, progress);
    }

    /** {@code progress} hears the last global index read after every batch. */
    public StateAtView stateAt(Instant at, String instrument, ReplayClock clock, LongConsumer progress) {
        // One view of the source for every read of this answer.
        ReplaySource source = this.source.snapshot();
        List<CheckpointMeta> metas = checkpoints == null ? List.of() : checkpoints.list(PointInTimeState.VERSION);
        PointInTimeState state = new PointInTimeState(businessZone);
        int start = restoreNearest(state, metas, at, clock);
        CheckpointMeta from = start < 0 ? null : metas.get(start);
        long position = from == null ? 0 : from.globalIndex();
        Progress done = new Progress(position, from == null ? 0 : from.events());
        if (clock == ReplayClock.DESK) {
            done.add(engine.replay(source, position, ReplayWindow.storedBy(at), state.projections(), progress));
        } else {
            long replayedTo = position;
            long covered = position;
            for (int i = start + 1; i < metas.size(); i++) {
                CheckpointMeta next = metas.get(i);
                boolean nothingToApply = next.rangeFrom() == covered
                        && (next.rangeMinFeedTime() == null
                                || next.rangeMinFeedTime().isAfter(at));
                if (nothingToApply) {
                    if (replayedTo < covered) {
                        done.add(engine.replay(
                                source,
                                replayedTo,
                                ReplayWindow.at(at, clock, covered),
                                state.projections(),
                                progress));
                    }
                    replayedTo = next.globalIndex();
                }
                covered = next.globalIndex();
            }
            done.add(engine.replay(
                    source, replayedTo, ReplayWindow.at(at, clock, Long.MAX_VALUE), state.projections(), progress));
        }
        return state.view(at, instrument, clock, done.last, done.events, from == null ? 0 : from.globalIndex());
    }

    /**
     * A state restored from the latest checkpoint that a replay to {@code at} on {@code clock} may
     * start from (an empty one when there is none), for a caller that replays on from there.
     */
    public Start start(Instant at, ReplayClock clock) {
        List<CheckpointMeta> metas = checkpoints == null ? List.of() : checkpoints.list(PointInTimeState.VERSION);
        PointInTimeState state = new PointInTimeState(businessZone);
        int start = restoreNearest(state, metas, at, clock);
        return start < 0
                ? new Start(state, 0, 0)
                : new Start(
                        state, metas.get(start).globalIndex(), metas.get(start).events());
    }

    /**
     * The global index of the latest checkpoint all of whose events lie before {@code at} on
     * {@code clock} (0 for none): a reader of the events from {@code at} on may start after it.
     */
    public long allBefore(Instant at, ReplayClock clock) {
        List<CheckpointMeta> metas = checkpoints == null ? List.of() : checkpoints.list(PointInTimeState.VERSION);
        for (int i = metas.size() - 1; i >= 0; i--) {
            Instant latest = clock == ReplayClock.DESK
                    ? metas.get(i).maxStoredAt()
                    : metas.get(i).maxFeedTime();
            if (latest != null && latest.isBefore(at)) {
                return metas.get(i).globalIndex();
            }
        }
        return 0;
    }

    public ReplaySource source() {
        return source;
    }

    /**
     * @param position the last global index {@code state} includes: replay on after it
     * @param events   how many events it rests on
     */
    public record Start(PointInTimeState state, long position, long events) {}

    /** Restores the latest usable checkpoint; its position in {@code metas}, or -1 for none. */
    private int restoreNearest(PointInTimeState state, List<CheckpointMeta> metas, Instant at, ReplayClock clock) {
        for (int i = metas.size() - 1; i >= 0; i--) {
            CheckpointMeta meta = metas.get(i);
            Instant latest = clock == ReplayClock.DESK ? meta.maxStoredAt() : meta.maxFeedTime();
            if (latest == null || latest.isAfter(at)) {
                continue;
            }
            Optional<byte[]> saved = checkpoints.state(meta);
            if (saved.isEmpty()) {
                continue;
            }
            try {
                state.restore(saved.get());
                return i;
            } catch (RuntimeException e) {
                log.warn(
                        "Checkpoint at global index {} in {} is unusable, trying an earlier one: {}",
                        meta.globalIndex(),
                        checkpoints.describe(),
                        e.toString());
                state.restore(new PointInTimeState(businessZone).save());
            }
        }
        return -1;
    }

    /** What the answer rests on so far. */
    private static final class Progress {
        long last;
        long events;

        Progress(long last, long events) {
            this.last = last;
            this.events = events;
        }

        void add(ReplayEngine.Replayed replayed) {
            events += replayed.events();
            last = Math.max(last, replayed.lastGlobalIndex());
        }
    }
}
