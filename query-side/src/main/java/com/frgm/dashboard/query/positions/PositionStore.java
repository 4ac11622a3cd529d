package com.frgm.dashboard.query.positions;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Pairs with an order that left the snapshots with open quantity on or after {@code from}. */
    Set<AccountInstrument> unconfirmedSince(LocalDate from);

    sealed interface Write permits StartOfDaySet, EndOfDaySet, Fill, Unconfirmed, Confirmed {}

    /** Replaces the date's starting positions whole, unless a newer event ({@code sequence}) did. */
    record StartOfDaySet(LocalDate date, List<StartOfDayPosition> positions, long sequence) implements Write {}

    /** Replaces the date's end-of-day records whole (the latest file for the date wins). */
    record EndOfDaySet(LocalDate date, List<EndOfDayPosition> positions, long sequence) implements Write {}

    /** One fill, keyed by its event's id so that writing it twice counts it once. */
    record Fill(LocalDate date, AccountInstrument pair, String eventId, long signedQty) implements Write {}

    /**
     * An order of the pair left the snapshots on {@code date} with {@code openQty} still open: it
     * may have filled, unseen, between its last two snapshots.
     */
    record Unconfirmed(LocalDate date, AccountInstrument pair, String orderId, long openQty, long sequence)
            implements Write {}

    /** The order is in the snapshots again (or new): nothing of it is unseen. */
    record Confirmed(LocalDate date, AccountInstrument pair, String orderId, long sequence) implements Write {}

    record AccountInstrument(String account, String instrument) {}
}
