package com.frgm.dashboard.api.risk;

import java.util.List;

/**
 * Every instrument seen, one group per underlying (sorted by product, then underlying).
 * {@code eventSequence} is the newest quote event reflected.
 */
public record InstrumentsView(List<UnderlyingInstruments> underlyings, long eventSequence) {

    public InstrumentsView {
        underlyings = List.copyOf(underlyings);
    }
}
