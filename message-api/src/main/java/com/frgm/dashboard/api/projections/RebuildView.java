package com.frgm.dashboard.api.projections;

import java.time.Instant;

/**
 * A rebuild: running, or how it ended.
 *
 * @param outcome {@code running}, {@code switched}, {@code cancelled} or {@code failed}
 * @param reason  why it failed or was cancelled; null otherwise
 * @param events  events applied to the new version
 */
public record RebuildView(int version, String outcome, String reason, Instant startedAt, Instant endedAt, long events) {

    public boolean ended() {
        return !"running".equals(outcome);
    }
}
