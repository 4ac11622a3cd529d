package com.frgm.dashboard.eventstore.worker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One daemon thread that runs a pass again and again: the sources, the archiver, the TT poller,
 * the stall monitor and the demo feed all run on it. A failed pass (S3 or the database
 * unreachable, a bug, an {@link Error} such as a missing class) is logged and tried again after
 * a pause; it never ends the thread. Only a {@link VirtualMachineError} other than a stack
 * overflow ends it, logged as fatal, and the worker's {@link #liveness()} then says so (the
 * start command also passes {@code -XX:+ExitOnOutOfMemoryError}). The health of every worker is
 * part of the application's liveness.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWorker.class);

    private final String name;
    private final Clock clock = Clock.systemUTC();
    private volatile Thread worker;
    private volatile Instant passStarted;
    private volatile Instant lastPassEnded;
    private volatile String lastFailure;
    private volatile Instant lastFailureAt;
    private volatile String fatal;

    protected BackgroundWorker(String name) {
        this.name = name;
    }

    /** One pass; blocking (a long poll) is fine, the pause after it is {@link #pause()}. */
    protected abstract void runOnce() throws Exception;

    protected abstract Duration pause();

    protected Duration pauseAfterFailure() {
        return Duration.ofSeconds(3);
    }

    /** How long before the first pass. */
    protected Duration initialDelay() {
        return Duration.ZERO;
    }

    /** A pass running longer than this counts as stuck (liveness DOWN). */
    protected Duration stuckAfter() {
        return Duration.ofMinutes(5);
    }

    protected String describe() {
        return name;
    }

    /** Runs once after the thread has ended on {@link #stop()}, e.g. for a final flush. */
    protected void afterStop() {}

    public final String name() {
        return name;
    }

    @Override
    public void start() {
        log.info("Starting {}", describe());
        fatal = null;
        Thread thread = new Thread(this::run, name);
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
        afterStop();
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

    /** Whether the thread lives and its passes end, with the last failure if any. */
    public Liveness liveness() {
        Thread thread = worker;
        Instant started = passStarted;
        boolean stuck = started != null && started.plus(stuckAfter()).isBefore(clock.instant());
        return new Liveness(
                name,
                thread != null && thread.isAlive() && fatal == null,
                stuck,
                started,
                lastPassEnded,
                fatal != null ? fatal : lastFailure,
                lastFailureAt);
    }

    private void run() {
        if (!sleep(initialDelay())) {
            return;
        }
        while (worker == Thread.currentThread()) {
            passStarted = clock.instant();
            Duration next;
            try {
                runOnce();
                next = pause();
            } catch (InterruptedException e) {
                return;
            } catch (VirtualMachineError e) {
                if (!(e instanceof StackOverflowError)) {
                    fatal = e.toString();
                    log.error("FATAL: {} ended: {}", describe(), e.toString(), e);
                    throw e;
                }
                next = failed(e);
            } catch (Exception | Error e) {
                if (worker != Thread.currentThread()) {
                    return; // stopping: the interrupt aborted an SDK call
                }
                next = failed(e);
            } finally {
                passStarted = null;
                lastPassEnded = clock.instant();
            }
            if (!sleep(next)) {
                return;
            }
        }
    }

    private Duration failed(Throwable e) {
        lastFailure = e.toString();
        lastFailureAt = clock.instant();
        log.error("{} failed; retrying in {}", describe(), pauseAfterFailure(), e);
        return pauseAfterFailure();
    }

    private static boolean sleep(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return !Thread.currentThread().isInterrupted();
        }
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /**
     * @param alive       the thread runs and has not ended on a fatal error
     * @param stuck       the current pass has run longer than the worker allows
     * @param lastFailure the last failed pass's exception (or the fatal one), null when none
     */
    public record Liveness(
            String name,
            boolean alive,
            boolean stuck,
            Instant passStarted,
            Instant lastPassEnded,
            String lastFailure,
            Instant lastFailureAt) {

        public boolean healthy() {
            return alive && !stuck;
        }
    }
}
