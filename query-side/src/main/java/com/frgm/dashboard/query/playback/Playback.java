package com.frgm.dashboard.query.playback;

import com.frgm.dashboard.api.replay.ReplayFrame;
import com.frgm.dashboard.api.replay.ReplaySpeed;
import com.frgm.dashboard.api.replay.StreamReplayQuery;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.replay.ReplayBatches;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.replay.ReplayWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * One replay played to a client, on a replay thread: the state restored from the checkpoint
 * nearest the window's start, the events up to the start applied in large batches, then one unit
 * of work per file, each followed by a frame, paced at the chosen speed on the replay's clock,
 * and the whole state at the window's end last. It stops as soon as the client goes.
 *
 * <p>The events come in the order they were stored, on either clock. On the feed's clock a file
 * that arrived late therefore plays when it arrived, at its own (earlier) feed time, and the pace
 * follows the latest time played so far. Whatever the order, the last frame is the state at the
 * window's end that a point-in-time answer gives: the same events applied in the same order.
 */
final class Playback implements ReplayBatches {

    private final PointInTime pointInTime;
    private final ReplayEngine engine;
    private final StreamReplayQuery query;
    private final Duration fileInterval;
    private final PlaybackSink sink;
    private FrameViews views;
    private boolean started;
    private long startedNanos;
    private long lastFrameNanos;
    private Instant played;
    private long lastApplied;

    Playback(
            PointInTime pointInTime,
            ReplayEngine engine,
            StreamReplayQuery query,
            Duration fileInterval,
            PlaybackSink sink) {
        this.pointInTime = pointInTime;
        this.engine = engine;
        this.query = query;
        this.fileInterval = fileInterval;
        this.sink = sink;
    }

    void run() {
        if (sink.gone()) {
            // It waited in the queue for a client that has gone since.
            return;
        }
        try {
            play();
        } catch (RuntimeException e) {
            sink.fail(e);
        }
    }

    private void play() {
        PointInTime.Start start = pointInTime.start(query.from(), query.clock());
        views = new FrameViews(start.state(), query.instrument(), query.clock());
        played = query.from();
        lastApplied = start.position();
        ReplayWindow window = ReplayWindow.at(query.to(), query.clock(), Long.MAX_VALUE);
        engine.replayInBatches(
                pointInTime.source(), start.position(), window, start.state().projections(), this);
        if (sink.gone() || (!started && !begin(lastApplied))) {
            return;
        }
        if (pace(query.to()) && sink.send(views.whole(ReplayFrame.END, query.to(), lastApplied))) {
            sink.complete();
        }
    }

    @Override
    public boolean startsNew(List<TrackedEventMessage<?>> batch, TrackedEventMessage<?> next) {
        if (!started && !pastStart(batch.get(0))) {
            return pastStart(next);
        }
        return FileBoundaries.startsNew(batch, next);
    }

    @Override
    public boolean beforeApplying(List<TrackedEventMessage<?>> batch) {
        if (!started && !pastStart(batch.get(0))) {
            return !sink.gone();
        }
        if (!started && !begin(lastApplied)) {
            return false;
        }
        return pace(instant(batch));
    }

    @Override
    public boolean applied(List<TrackedEventMessage<?>> batch) {
        lastApplied = index(batch.get(batch.size() - 1));
        if (!started) {
            return !sink.gone();
        }
        return sink.send(views.file(instant(batch), lastApplied, FileBoundaries.fileKey(batch), batch.size()));
    }

    /** The state at the window's start, the first frame; the pace counts from here. */
    private boolean begin(long globalIndex) {
        started = true;
        startedNanos = System.nanoTime();
        lastFrameNanos = startedNanos;
        return sink.send(views.whole(ReplayFrame.START, query.from(), globalIndex));
    }

    /** Waits until the frame at {@code at} is due; false when the client went. */
    private boolean pace(Instant at) {
        long due;
        if (query.speed() == ReplaySpeed.FILE) {
            due = lastFrameNanos + fileInterval.toNanos();
        } else {
            played = at.isAfter(played) ? at : played;
            due = startedNanos
                    + Duration.between(query.from(), played).toNanos()
                            / query.speed().factor();
        }
        boolean waited = sink.waitUntil(due);
        lastFrameNanos = System.nanoTime();
        return waited;
    }

    private boolean pastStart(TrackedEventMessage<?> event) {
        return FileBoundaries.instant(event, query.clock()).isAfter(query.from());
    }

    private Instant instant(List<TrackedEventMessage<?>> batch) {
        return FileBoundaries.instant(batch.get(batch.size() - 1), query.clock());
    }

    private static long index(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElse(0);
    }
}
