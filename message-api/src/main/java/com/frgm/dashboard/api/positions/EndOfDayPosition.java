package com.frgm.dashboard.api.positions;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of an Actant end-of-day file (docs/feeds.md 4): closing position, settlement price and, when
 * present, Greeks and P&amp;L. Absent optional cells are null; {@code extras} keeps unknown columns.
 */
public record EndOfDayPosition(
        String account,
        String instrument,
        long position,
        BigDecimal settlePrice,
        BigDecimal delta,
        BigDecimal gamma,
        BigDecimal vega,
        BigDecimal theta,
        BigDecimal pnl,
        Map<String, String> extras) {

    public EndOfDayPosition {
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }
}
