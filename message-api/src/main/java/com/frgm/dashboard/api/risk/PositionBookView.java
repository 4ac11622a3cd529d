package com.frgm.dashboard.api.risk;

import java.time.LocalDate;
import java.util.List;

/** Positions since the start-of-day set of {@code startOfDayDate}, sorted by account then instrument. */
public record PositionBookView(LocalDate startOfDayDate, long eventSequence, List<BookPosition> positions) {

    public PositionBookView {
        positions = List.copyOf(positions);
    }
}
