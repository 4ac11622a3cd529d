package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The risk monitor recomputed an account's risk: {@code delta} (total, underlying contracts) and
 * {@code pnl} (total since start of day) as of {@code riskSequence}, the newest event the figures
 * reflect, observed at {@code observedAt}. A null limit is not set. The account's limits aggregate
 * records a breach or a clearance only when the state changes, so several monitors may send the same.
 */
public record CheckRiskLimitsCommand(
        @TargetAggregateIdentifier String limitsId,
        String account,
        long riskSequence,
        Instant observedAt,
        BigDecimal delta,
        BigDecimal pnl,
        BigDecimal maxAbsDelta,
        BigDecimal maxLoss) {}
