package com.frgm.dashboard.query.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port the risk projection writes through: start-of-day sets with their average prices,
 * settlement prices per end-of-day date, and fills with their prices. Redis in production, maps in
 * unit tests.
 */
public interface RiskBookStore {

    /** Applies a batch in order; a set not newer ({@code sequence}) than the one stored for its date changes nothing. */
    void write(List<Write> writes);

    /** The latest business date's start-of-day set. */
    Optional<StartOfDay> latestStartOfDay();

    /** The latest end-of-day settlement prices dated before {@code date}: the previous business day's. */
    Optional<Settlements> settlementsBefore(LocalDate date);

    /** Every fill on or after {@code from}, oldest first. */
    List<Fill> fillsSince(LocalDate from);

    /** The newest event applied (0 before any). */
    long sequence();

    sealed interface Write permits StartOfDaySet, SettlementsSet, FillRecorded {}

    record StartOfDaySet(StartOfDay set, long sequence) implements Write {}

    record SettlementsSet(Settlements settlements, long sequence) implements Write {}

    /** Keyed by its event's id, so writing it twice stores it once. */
    record FillRecorded(LocalDate date, String eventId, Fill fill, long sequence) implements Write {}

    record StartOfDay(LocalDate date, List<Held> positions) {

        public StartOfDay {
            positions = List.copyOf(positions);
        }
    }

    /** A start-of-day row: {@code avgPrice} null when the file left it out. */
    record Held(String account, String instrument, long position, BigDecimal avgPrice) {}

    /** Settlement price per instrument of one end-of-day file. */
    record Settlements(LocalDate date, Map<String, BigDecimal> prices) {

        public Settlements {
            prices = Map.copyOf(prices);
        }
    }

    /** A fill of {@code signedQty} (positive bought) at the order's price, seen in the snapshot of {@code at}. */
    record Fill(String account, String instrument, long signedQty, BigDecimal price, Instant at) {}
}
