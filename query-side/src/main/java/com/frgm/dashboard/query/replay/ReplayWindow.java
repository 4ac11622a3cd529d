package com.frgm.dashboard.query.replay;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Which of the events read a replay applies, and when it may stop reading.
 *
 * @param until the last global index to read (inclusive); {@link Long#MAX_VALUE} for all
 * @param at    with the desk's clock: apply only events stored at or before it; null for all
 */
public record ReplayWindow(long until, Instant at) {

    /**
     * Events are in global order and their timestamps almost so (two appenders stamp an event
     * before they queue for the append lock), so reading stops only once an event is this far
     * past the instant; those earlier that lie beyond it are skipped, not applied.
     */
    public static final Duration SETTLE = Duration.ofSeconds(10);

    public static ReplayWindow everything() {
        return new ReplayWindow(Long.MAX_VALUE, null);
    }

    /** What the dashboard showed at {@code at}: every event committed by then. */
    public static ReplayWindow storedBy(Instant at) {
        return new ReplayWindow(Long.MAX_VALUE, at);
    }

    boolean applies(TrackedEventMessage<?> event) {
        return at == null || !event.getTimestamp().isAfter(at);
    }

    boolean ends(TrackedEventMessage<?> event) {
        long index = event.trackingToken().position().orElse(0);
        return index > until || (at != null && event.getTimestamp().isAfter(at.plus(SETTLE)));
    }
}
