package com.frgm.dashboard.query.positions;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The port the positions projection writes through; Redis in production, maps in unit tests. */
public interface PositionStore {

    /** Applies a batch in order and announces each touched instrument to live subscribers. */
    void write(List<Write> writes);

    /** The latest business date with a start-of-day set. */
    Optional<LocalDate> latestStartOfDayDate();

    /** Start-of-day positions of a date by {@link AccountInstrument}. */
    Map<AccountInstrument, Long> startOfDay(LocalDate date);

    /** Net signed fills per pair on or after {@code from}. */
    Map<AccountInstrument, Long> fillsSince(LocalDate from);

    sealed interface Write permits StartOfDaySet, EndOfDaySet, Fill {
    }

    /** Replaces the date's starting positions whole, unless a newer event ({@code sequence}) did. */
    record StartOfDaySet(LocalDate date, List<StartOfDayPosition> positions, long sequence) implements Write {
    }

    /** Replaces the date's end-of-day records whole (the latest file for the date wins). */
    record EndOfDaySet(LocalDate date, List<EndOfDayPosition> positions, long sequence) implements Write {
    }

    /** One fill, keyed by its event's id so that writing it twice counts it once. */
    record Fill(LocalDate date, AccountInstrument pair, String eventId, long signedQty) implements Write {
    }

    record AccountInstrument(String account, String instrument) {
    }
}
