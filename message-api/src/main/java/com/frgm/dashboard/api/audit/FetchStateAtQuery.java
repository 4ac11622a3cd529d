package com.frgm.dashboard.api.audit;

import java.time.Instant;

/**
 * The ladder, working orders, positions and feeds as they stood at {@code at} on {@code clock},
 * rebuilt by replaying events; {@code instrument} null means every instrument. Answered with a
 * {@link StateAtView}.
 */
public record FetchStateAtQuery(Instant at, String instrument, ReplayClock clock) {

    public FetchStateAtQuery {
        clock = clock == null ? ReplayClock.DESK : clock;
    }

    /** On the desk's clock: what the dashboard showed at {@code at}. */
    public FetchStateAtQuery(Instant at, String instrument) {
        this(at, instrument, ReplayClock.DESK);
    }
}
