package com.frgm.dashboard.api.positions;

import java.time.LocalDate;
import java.util.List;

/**
 * Live positions from the latest start-of-day file ({@code startOfDayDate}, null when none has
 * arrived) and every fill on or after that business date, sorted by account then instrument.
 */
public record LivePositionsView(LocalDate startOfDayDate, List<LivePosition> positions) {

    public LivePositionsView {
        positions = List.copyOf(positions);
    }
}
