package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;

/**
 * An account's risk in one underlying, summed over every instrument held on it (the future included):
 * {@code position} in contracts, {@code delta} in underlying contracts, {@code gamma}, {@code vega},
 * {@code theta} and {@code pnl} in currency (times the multiplier). docs/risk.md gives the formulas.
 */
public record UnderlyingRisk(
        String underlying,
        long position,
        BigDecimal delta,
        BigDecimal gamma,
        BigDecimal vega,
        BigDecimal theta,
        BigDecimal pnl) {}
