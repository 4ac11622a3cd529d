package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;
import java.time.Instant;

/** An open breach: since {@code since} (the monitor's observation), at {@code value} against {@code threshold}. */
public record RiskLimitBreach(
        String account,
        RiskLimitKind limit,
        BigDecimal threshold,
        BigDecimal value,
        Instant since,
        long eventSequence) {}
