package com.frgm.dashboard.api.replay;

import com.frgm.dashboard.api.audit.ReplayClock;
import java.time.Instant;

/**
 * What changed between the states at {@code a} and {@code b} on {@code clock}, for one
 * instrument or (null) all; answered with {@link StateDiffView}.
 */
public record FetchStateDiffQuery(Instant a, Instant b, ReplayClock clock, String instrument) {

    public FetchStateDiffQuery {
        clock = clock == null ? ReplayClock.DESK : clock;
    }
}
