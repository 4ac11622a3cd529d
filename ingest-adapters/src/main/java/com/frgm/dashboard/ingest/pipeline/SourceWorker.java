package com.frgm.dashboard.ingest.pipeline;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One daemon thread that runs a source's pass again and again. A failed pass (S3 or the
 * database unreachable) is logged and tried again after a pause; it never ends the thread.
 */
public abstract class SourceWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceWorker.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(3);

    private final String threadName;
    private volatile Thread worker;

    protected SourceWorker(String threadName) {
        this.threadName = threadName;
    }

    /** One pass; blocking (a long poll) is fine, the pause after it is {@link #pause()}. */
    protected abstract void runOnce() throws Exception;

    protected abstract Duration pause();

    protected abstract String describe();

    @Override
    public void start() {
        log.info("Ingesting from {}", describe());
        Thread thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Start after the event processors, stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                runOnce();
                Thread.sleep(pause().toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (worker != Thread.currentThread()) {
                    return; // stopping: the interrupt aborted an SDK call
                }
                log.error("{} failed; retrying", describe(), e);
                try {
                    Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
