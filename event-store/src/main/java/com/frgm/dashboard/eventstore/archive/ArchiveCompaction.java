package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.eventstore.worker.Leadership;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs an {@link ArchiveCompactor} pass every interval on the one ingest node holding the
 * compaction lock, so that a day of small segments becomes a few objects and a day's index.
 */
final class ArchiveCompaction extends BackgroundWorker {

    private final ArchiveCompactor compactor;
    private final ArchiveProperties.Compaction properties;
    private final Leadership leadership;
    private final Clock clock;

    ArchiveCompaction(
            ArchiveCompactor compactor, ArchiveProperties.Compaction properties, Leadership leadership, Clock clock) {
        super("archive-compaction");
        this.compactor = compactor;
        this.properties = properties;
        this.leadership = leadership;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        if (leadership.holds()) {
            compactor.compact(clock.instant().minus(properties.after()));
        }
    }

    @Override
    protected Duration pause() {
        return properties.interval();
    }

    @Override
    protected Duration initialDelay() {
        return Duration.ofSeconds(30);
    }

    /** A first pass over a long uncompacted history takes a while. */
    @Override
    protected Duration stuckAfter() {
        return Duration.ofMinutes(30);
    }

    @Override
    protected String describe() {
        return "archive compaction";
    }

    @Override
    protected void afterStop() {
        leadership.release();
    }
}
