package com.frgm.dashboard.ingest.marketdata;

import java.math.BigDecimal;

/**
 * Per-product configuration used when a market-data row leaves {@code tick_size} or
 * {@code multiplier} empty. Either may be null: the quote then simply has no value for it.
 */
public record ProductSpec(BigDecimal tickSize, BigDecimal multiplier) {

    public static final ProductSpec NONE = new ProductSpec(null, null);

    public ProductSpec {
        requirePositive("tickSize", tickSize);
        requirePositive("multiplier", multiplier);
    }

    private static void requirePositive(String name, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
