package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;

/** The sum of an account's {@link UnderlyingRisk} rows. */
public record RiskTotal(
        long position, BigDecimal delta, BigDecimal gamma, BigDecimal vega, BigDecimal theta, BigDecimal pnl) {}
