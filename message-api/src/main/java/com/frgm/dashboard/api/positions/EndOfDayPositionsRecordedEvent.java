package com.frgm.dashboard.api.positions;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A business date's end-of-day positions, settlements and Greeks, as one file gave them. */
@Revision("1")
public record EndOfDayPositionsRecordedEvent(
        String bookId, LocalDate businessDate, String fileKey, String contentSha256, List<EndOfDayPosition> positions) {

    public EndOfDayPositionsRecordedEvent {
        positions = List.copyOf(positions);
    }
}
