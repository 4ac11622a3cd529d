package com.frgm.dashboard.api.positions;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A business date's starting positions are exactly {@code positions}; any earlier set for the
 * date is replaced, and a pair not listed is flat. {@code replacedFileKey} is the start-of-day
 * file this one replaces, or null for the date's first.
 */
@Revision("1")
public record StartOfDayPositionsSetEvent(
        String bookId,
        LocalDate businessDate,
        String fileKey,
        String contentSha256,
        String replacedFileKey,
        List<StartOfDayPosition> positions) {

    public StartOfDayPositionsSetEvent {
        positions = List.copyOf(positions);
    }
}
