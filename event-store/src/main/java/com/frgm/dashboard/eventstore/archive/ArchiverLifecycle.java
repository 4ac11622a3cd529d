package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.eventstore.worker.Leadership;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the archiver on its own worker while the application runs; flushes on a clean stop. Of
 * several ingest nodes one archives at a time (an advisory lock): the others wait, and one of
 * them takes over from the durable cursor when the archiving node goes.
 */
class ArchiverLifecycle extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(ArchiverLifecycle.class);

    private final EventArchiver archiver;
    private final Duration pollInterval;
    private final String location;
    private final Leadership leadership;
    private volatile boolean idle;
    private boolean leading;

    ArchiverLifecycle(EventArchiver archiver, Duration pollInterval, String location, Leadership leadership) {
        super("event-archiver");
        this.leadership = leadership;
        this.archiver = archiver;
        this.pollInterval = pollInterval;
        this.location = location;
    }

    @Override
    protected void runOnce() {
        if (!leadership.holds()) {
            if (leading) {
                archiver.restartFromCursor();
                leading = false;
            }
            idle = true;
            return;
        }
        leading = true;
        idle = archiver.poll() == 0;
    }

    /** Straight on while there is a backlog, a poll interval once caught up. */
    @Override
    protected Duration pause() {
        return idle ? pollInterval : Duration.ZERO;
    }

    @Override
    protected Duration pauseAfterFailure() {
        return Duration.ofSeconds(1);
    }

    @Override
    protected String describe() {
        return "event archiver to " + location;
    }

    @Override
    protected void afterStop() {
        try {
            if (leading && leadership.holds()) {
                archiver.flush();
            }
        } catch (RuntimeException e) {
            log.warn("Final archive flush failed; the next start archives from the cursor: {}", e.toString());
        } finally {
            leadership.release();
        }
    }
}
