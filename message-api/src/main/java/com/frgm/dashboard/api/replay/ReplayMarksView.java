package com.frgm.dashboard.api.replay;

import com.frgm.dashboard.api.audit.ReplayClock;
import java.time.Instant;
import java.util.List;

/**
 * The marks of a window, in the order the events were stored.
 *
 * @param truncated whether marks were left out: each kind has a cap of its own (2,000), so a long
 *                  window of files never hides its rejects, stalls and fills
 */
public record ReplayMarksView(Instant from, Instant to, ReplayClock clock, List<ReplayMark> marks, boolean truncated) {

    public ReplayMarksView {
        marks = List.copyOf(marks);
    }
}
