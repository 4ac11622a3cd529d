package com.frgm.dashboard.api.replay;

import com.frgm.dashboard.api.audit.ReplayClock;
import java.time.Instant;

/** The timeline marks of the window {@code from}..{@code to} on {@code clock}; answered with {@link ReplayMarksView}. */
public record FetchReplayMarksQuery(Instant from, Instant to, ReplayClock clock) {

    public FetchReplayMarksQuery {
        clock = clock == null ? ReplayClock.DESK : clock;
    }
}
