package com.frgm.dashboard.query.replay;

import com.frgm.dashboard.api.FeedTime;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.eventstore.replay.ReplaySource;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Which of the events read a replay applies, and when it may stop reading.
 *
 * @param until the last global index to read (inclusive); {@link Long#MAX_VALUE} for all
 * @param at    apply only events at or before it on {@code clock}; null for all
 * @param clock the desk's (when stored) or the feed's (when the feed stamped it)
 */
public record ReplayWindow(long until, Instant at, ReplayClock clock) {

    /**
     * Events are in global order and their store times almost so (two appenders stamp an event
     * before they queue for the append lock), so on the desk's clock reading stops only once an
     * event is this far past the instant; those earlier that lie beyond it are skipped, not
     * applied. On the feed's clock a late file may carry any time, so reading goes on to
     * {@code until}.
     */
    public static final Duration SETTLE = Duration.ofSeconds(10);

    public ReplayWindow {
        clock = clock == null ? ReplayClock.DESK : clock;
    }

    public static ReplayWindow everything() {
        return new ReplayWindow(Long.MAX_VALUE, null, ReplayClock.DESK);
    }

    /** Every event up to {@code until}. */
    public static ReplayWindow upTo(long until) {
        return new ReplayWindow(until, null, ReplayClock.DESK);
    }

    /** What the dashboard showed at {@code at}: every event committed by then. */
    public static ReplayWindow storedBy(Instant at) {
        return new ReplayWindow(Long.MAX_VALUE, at, ReplayClock.DESK);
    }

    /** {@code at} on {@code clock}, reading no further than {@code until}. */
    public static ReplayWindow at(Instant at, ReplayClock clock, long until) {
        return new ReplayWindow(until, at, clock);
    }

    /**
     * The events after {@code after} this window may need: on the feed's clock the source may
     * leave out what lies past {@code until} or was stamped after {@code at}.
     */
    Stream<TrackedEventMessage<?>> read(ReplaySource source, long after) {
        return clock == ReplayClock.FEED && at != null ? source.after(after, until, at) : source.after(after);
    }

    boolean applies(TrackedEventMessage<?> event) {
        return at == null || !timeOf(event).isAfter(at);
    }

    boolean ends(TrackedEventMessage<?> event) {
        long index = event.trackingToken().position().orElse(0);
        return index > until
                || (clock == ReplayClock.DESK
                        && at != null
                        && event.getTimestamp().isAfter(at.plus(SETTLE)));
    }

    private Instant timeOf(TrackedEventMessage<?> event) {
        return clock == ReplayClock.DESK
                ? event.getTimestamp()
                : FeedTime.orStored(event.getPayload(), event.getTimestamp());
    }
}
