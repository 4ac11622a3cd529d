package com.frgm.dashboard.ui.ladder;

import com.frgm.dashboard.api.ladder.LadderLevel;
import com.frgm.dashboard.api.ladder.LadderView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Ladder views for tests, differing only in what a test looks at. */
final class LadderViews {

    private LadderViews() {}

    static LadderView ladder(String instrument, long eventSequence) {
        return new LadderView(
                instrument,
                Instant.parse("2027-03-01T14:30:00.125Z"),
                new BigDecimal("112.484375"),
                40L,
                new BigDecimal("112.5"),
                25L,
                new BigDecimal("112.50"),
                1234L,
                new BigDecimal("0.015625"),
                List.of(
                        new LadderLevel(new BigDecimal("112.515625"), null, 30L),
                        new LadderLevel(new BigDecimal("112.5"), null, 25L),
                        new LadderLevel(new BigDecimal("112.484375"), 40L, null)),
                eventSequence);
    }
}
