package com.frgm.dashboard.eventstore.archive;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the archiver on its own thread while the application runs; flushes on a clean stop. */
class ArchiverLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArchiverLifecycle.class);

    private final EventArchiver archiver;
    private final Duration pollInterval;
    private final String location;
    private volatile Thread thread;
    private volatile boolean running;

    ArchiverLifecycle(EventArchiver archiver, Duration pollInterval, String location) {
        this.archiver = archiver;
        this.pollInterval = pollInterval;
        this.location = location;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "event-archiver");
        thread.setDaemon(true);
        thread.start();
        log.info("Archiving events to {}", location);
    }

    private void run() {
        while (running) {
            try {
                if (archiver.poll() == 0) {
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Archiving failed; retrying from the archive cursor: {}", e.toString());
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            archiver.flush();
        } catch (RuntimeException e) {
            log.warn("Final archive flush failed; the next start archives from the cursor: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            running = false;
        }
    }
}
