package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the risk views know of one instrument from its latest quote: prices, per-unit Greeks, its
 * underlying ({@code null} for a future, which is its own) and contract multiplier. Absent cells are
 * null. {@code product} comes from the feed id ({@code SOURCE_EXCHANGE.PRODUCT}); {@code eventSequence}
 * is the global index of the quote's event.
 */
public record InstrumentMark(
        String instrument,
        String product,
        String underlying,
        BigDecimal lastPrice,
        BigDecimal bid,
        BigDecimal ask,
        BigDecimal delta,
        BigDecimal gamma,
        BigDecimal vega,
        BigDecimal theta,
        BigDecimal multiplier,
        Instant quoteTime,
        long eventSequence) {

    /** The instrument whose contracts this one's delta is counted in: the {@code underlying} column, or itself. */
    public String underlyingOrSelf() {
        return underlying == null ? instrument : underlying;
    }
}
