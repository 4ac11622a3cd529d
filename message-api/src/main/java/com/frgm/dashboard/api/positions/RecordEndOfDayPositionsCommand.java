package com.frgm.dashboard.api.positions;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a business date's closing positions, settlements and Greeks from one end-of-day file. */
public record RecordEndOfDayPositionsCommand(
        @TargetAggregateIdentifier String bookId,
        LocalDate businessDate,
        String fileKey,
        String contentSha256,
        List<EndOfDayPosition> positions) {

    public RecordEndOfDayPositionsCommand {
        positions = List.copyOf(positions);
    }
}
