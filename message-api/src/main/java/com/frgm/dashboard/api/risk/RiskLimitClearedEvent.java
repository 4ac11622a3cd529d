package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A breached account is back inside the limit: {@code value} is within {@code threshold}, or the
 * limit is no longer configured ({@code threshold} null).
 */
@Revision("1")
public record RiskLimitClearedEvent(
        String limitsId,
        String account,
        RiskLimitKind limit,
        BigDecimal threshold,
        BigDecimal value,
        long riskSequence,
        Instant observedAt) {}
