package com.frgm.dashboard.api.positions;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of an Actant start-of-day file (docs/feeds.md 4): the position an account starts the
 * business date with. {@code avgPrice} is null when absent; {@code extras} keeps unknown columns.
 */
public record StartOfDayPosition(
        String account, String instrument, long position, BigDecimal avgPrice, Map<String, String> extras) {

    public StartOfDayPosition {
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }
}
