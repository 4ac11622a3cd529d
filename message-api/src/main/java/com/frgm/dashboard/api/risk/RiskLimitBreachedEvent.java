package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An account went beyond a limit: {@code value} (the absolute delta, or the loss as a positive
 * amount) exceeded {@code threshold}, seen in the risk as of event {@code riskSequence}.
 */
@Revision("1")
public record RiskLimitBreachedEvent(
        String limitsId,
        String account,
        RiskLimitKind limit,
        BigDecimal threshold,
        BigDecimal value,
        long riskSequence,
        Instant observedAt) {}
