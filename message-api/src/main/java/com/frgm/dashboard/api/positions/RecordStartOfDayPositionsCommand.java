package com.frgm.dashboard.api.positions;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set a business date's starting positions from one start-of-day file. It replaces that date's
 * earlier starting positions entirely: a pair missing from it starts flat.
 * {@code bookId} names the date's position book ({@code PositionBookIds.of(date)}).
 */
public record RecordStartOfDayPositionsCommand(
        @TargetAggregateIdentifier String bookId,
        LocalDate businessDate,
        String fileKey,
        String contentSha256,
        List<StartOfDayPosition> positions) {

    public RecordStartOfDayPositionsCommand {
        positions = List.copyOf(positions);
    }
}
