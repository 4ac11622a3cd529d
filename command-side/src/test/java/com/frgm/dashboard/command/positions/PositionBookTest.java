package com.frgm.dashboard.command.positions;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.PositionBookIds;
import com.frgm.dashboard.api.positions.RecordEndOfDayPositionsCommand;
import com.frgm.dashboard.api.positions.RecordStartOfDayPositionsCommand;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PositionBookTest {

    private static final LocalDate DATE = LocalDate.parse("2024-01-15");
    private static final String BOOK = PositionBookIds.of(DATE);

    private AggregateTestFixture<PositionBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PositionBook.class);
    }

    @Test
    void firstStartOfDayFileSetsTheDatesPositions() {
        List<StartOfDayPosition> rows = List.of(sod("FRGM01", "ZNH24", 25), sod("FRGM02", "ZNH24", -5));
        fixture.givenNoPriorActivity()
                .when(new RecordStartOfDayPositionsCommand(BOOK, DATE, "sod/a.csv", "sha-a", rows))
                .expectEvents(new StartOfDayPositionsSetEvent(BOOK, DATE, "sod/a.csv", "sha-a", null, rows));
    }

    @Test
    void laterStartOfDayFileReplacesTheEarlierOne() {
        List<StartOfDayPosition> first = List.of(sod("FRGM01", "ZNH24", 25));
        List<StartOfDayPosition> second = List.of(sod("FRGM02", "ZNH24", 3));
        fixture.given(new StartOfDayPositionsSetEvent(BOOK, DATE, "sod/a.csv", "sha-a", null, first))
                .when(new RecordStartOfDayPositionsCommand(BOOK, DATE, "sod/b.csv", "sha-b", second))
                .expectEvents(new StartOfDayPositionsSetEvent(BOOK, DATE, "sod/b.csv", "sha-b", "sod/a.csv", second));
    }

    @Test
    void recordsEndOfDayPositions() {
        List<EndOfDayPosition> rows = List.of(eod("FRGM01", "ZNH24", 25), eod("FRGM02", "ZNH24", -5));
        fixture.givenNoPriorActivity()
                .when(new RecordEndOfDayPositionsCommand(BOOK, DATE, "eod/a.csv", "sha-a", rows))
                .expectEvents(new EndOfDayPositionsRecordedEvent(BOOK, DATE, "eod/a.csv", "sha-a", rows));
    }

    @Test
    void rejectsAPairListedTwice() {
        fixture.givenNoPriorActivity()
                .when(new RecordStartOfDayPositionsCommand(
                        BOOK,
                        DATE,
                        "sod/a.csv",
                        "sha-a",
                        List.of(sod("FRGM01", "ZNH24", 1), sod("FRGM01", "ZNH24", 2))))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("account FRGM01 holds instrument ZNH24 twice in sod/a.csv")
                .expectNoEvents();
    }

    @Test
    void rejectsDateOfAnotherBook() {
        fixture.givenNoPriorActivity()
                .when(new RecordEndOfDayPositionsCommand(BOOK, DATE.plusDays(1), "eod/b.csv", "sha-b", List.of()))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    private static StartOfDayPosition sod(String account, String instrument, long position) {
        return new StartOfDayPosition(account, instrument, position, null, null);
    }

    private static EndOfDayPosition eod(String account, String instrument, long position) {
        return new EndOfDayPosition(
                account,
                instrument,
                position,
                new BigDecimal("112.5"),
                new BigDecimal("0.98"),
                null,
                null,
                null,
                new BigDecimal("1250.5"),
                null);
    }
}
