package com.frgm.dashboard.app.checkpoint;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.eventstore.worker.Leadership;
import com.frgm.dashboard.query.pointintime.Checkpointer;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps the replay checkpoints up with the store, in the database and beside the archive, on
 * one ingest node at a time (an advisory lock). A node that takes over resumes from the
 * checkpoints already saved; one that loses the lock forgets its state in memory.
 */
final class CheckpointWriter extends BackgroundWorker {

    private final Supplier<List<Checkpointer>> checkpointers;
    private final Leadership leadership;
    private final Duration pollInterval;
    private List<Checkpointer> current;
    private volatile boolean idle;

    CheckpointWriter(Supplier<List<Checkpointer>> checkpointers, Leadership leadership, Duration pollInterval) {
        super("checkpoint-writer");
        this.checkpointers = checkpointers;
        this.leadership = leadership;
        this.pollInterval = pollInterval;
    }

    @Override
    protected void runOnce() {
        if (!leadership.holds()) {
            current = null;
            idle = true;
            return;
        }
        if (current == null) {
            current = checkpointers.get();
        }
        int saved = 0;
        for (Checkpointer checkpointer : current) {
            saved += checkpointer.catchUp(index -> {});
        }
        idle = saved == 0;
    }

    @Override
    protected Duration pause() {
        return idle ? pollInterval : Duration.ZERO;
    }

    @Override
    protected Duration pauseAfterFailure() {
        current = null;
        return Duration.ofSeconds(5);
    }

    /** Catching up with a day of events takes a while: a pass is stuck only when far longer. */
    @Override
    protected Duration stuckAfter() {
        return Duration.ofMinutes(10);
    }

    @Override
    protected String describe() {
        return "replay checkpoint writer";
    }

    @Override
    protected void afterStop() {
        leadership.release();
    }
}
