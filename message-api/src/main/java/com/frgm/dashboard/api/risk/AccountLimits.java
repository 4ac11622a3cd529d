package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;

/** An account's configured limits; null where none is set. */
public record AccountLimits(String account, BigDecimal maxAbsDelta, BigDecimal maxLoss) {}
