package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.FeedTime;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

/**
 * Watches every event a checkpoint's state takes in, for its {@code CheckpointMeta}: the latest
 * store and feed times so far, and the earliest feed time since the last checkpoint.
 */
final class ClockWatch {

    private Instant maxStoredAt;
    private Instant maxFeedTime;
    private Instant rangeMinFeedTime;

    ClockWatch(Instant maxStoredAt, Instant maxFeedTime) {
        this.maxStoredAt = maxStoredAt;
        this.maxFeedTime = maxFeedTime;
    }

    @EventHandler
    void on(Object payload, @Timestamp Instant storedAt) {
        Instant feedTime = FeedTime.orStored(payload, storedAt);
        maxStoredAt = later(maxStoredAt, storedAt);
        maxFeedTime = later(maxFeedTime, feedTime);
        rangeMinFeedTime =
                rangeMinFeedTime == null || feedTime.isBefore(rangeMinFeedTime) ? feedTime : rangeMinFeedTime;
    }

    Instant maxStoredAt() {
        return maxStoredAt;
    }

    Instant maxFeedTime() {
        return maxFeedTime;
    }

    Instant rangeMinFeedTime() {
        return rangeMinFeedTime;
    }

    /** A new stretch starts: the earliest feed time is of the events from here on. */
    void nextRange() {
        rangeMinFeedTime = null;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
