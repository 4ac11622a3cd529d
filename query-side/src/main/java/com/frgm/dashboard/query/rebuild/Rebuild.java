package com.frgm.dashboard.query.rebuild;

import com.frgm.dashboard.api.projections.RebuildView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One rebuild of one projection on this node: its phase while it runs, how it ended, and how fast
 * it goes. Written by the rebuild's thread, read by any.
 */
final class Rebuild {

    static final String RUNNING = "running";
    static final String SWITCHED = "switched";
    static final String CANCELLED = "cancelled";
    static final String FAILED = "failed";

    final String name;
    final int version;
    private final Clock clock;
    private final Instant startedAt;
    private volatile boolean switching;
    private volatile String outcome = RUNNING;
    private volatile String reason;
    private volatile Instant endedAt;
    private volatile long position;
    private volatile boolean cancelRequested;
    private volatile String cancelReason;

    Rebuild(String name, int version, Clock clock) {
        this.name = name;
        this.version = version;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void progressed(long lastGlobalIndex) {
        position = Math.max(position, lastGlobalIndex);
    }

    void switching() {
        switching = true;
    }

    void ended(String how, String why) {
        reason = why;
        endedAt = clock.instant();
        outcome = how;
    }

    void requestCancel(String why) {
        cancelReason = why;
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    String cancelReason() {
        return cancelReason;
    }

    boolean running() {
        return RUNNING.equals(outcome);
    }

    boolean isSwitching() {
        return switching;
    }

    String outcome() {
        return outcome;
    }

    long position() {
        return position;
    }

    /**
     * Global indexes applied per second since the start (a rebuild starts at the first event, and
     * the store's indexes have almost no gaps); null before there is a rate.
     */
    Double eventsPerSecond() {
        double seconds = Duration.between(startedAt, endedAt == null ? clock.instant() : endedAt)
                        .toMillis()
                / 1000.0;
        return seconds <= 0.2 || position <= 0 ? null : position / seconds;
    }

    /** Seconds until {@code head} at the current rate; null without one. */
    Long etaSeconds(long head) {
        Double rate = eventsPerSecond();
        return rate == null || !running() ? null : (long) Math.ceil(Math.max(0, head - position) / rate);
    }

    RebuildView view() {
        return new RebuildView(version, outcome, reason, startedAt, endedAt, position);
    }
}
