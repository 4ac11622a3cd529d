package com.frgm.dashboard.api.replay;

import com.frgm.dashboard.api.audit.ReplayClock;
import java.time.Instant;

/**
 * Play the window {@code from}..{@code to} on {@code clock} forward at {@code speed}: a streaming
 * query answered with {@link ReplayFrame}s, the state at {@code from} first, one frame per file
 * after it, the state at {@code to} last. {@code instrument} null means every instrument.
 */
public record StreamReplayQuery(Instant from, Instant to, ReplaySpeed speed, ReplayClock clock, String instrument) {

    public StreamReplayQuery {
        speed = speed == null ? ReplaySpeed.X1 : speed;
        clock = clock == null ? ReplayClock.DESK : clock;
    }
}
