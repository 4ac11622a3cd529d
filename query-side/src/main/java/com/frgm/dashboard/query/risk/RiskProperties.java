package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.AccountLimits;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code frgm.risk.*}: per account, the largest absolute delta and the largest loss allowed
 * ({@code frgm.risk.limits.<account>.max-delta}, {@code .max-loss}; unset means no limit), how often
 * the monitor checks them, and how often it samples each account's P&amp;L for the chart.
 */
@ConfigurationProperties("frgm.risk")
public record RiskProperties(Map<String, Limits> limits, Duration checkInterval, Duration pnlSampleInterval) {

    public RiskProperties {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
        checkInterval = checkInterval == null ? Duration.ofSeconds(1) : checkInterval;
        pnlSampleInterval = pnlSampleInterval == null ? Duration.ofSeconds(10) : pnlSampleInterval;
    }

    public Limits limitsOf(String account) {
        return limits.getOrDefault(account, Limits.NONE);
    }

    public List<AccountLimits> accountLimits() {
        return new TreeMap<>(limits)
                .entrySet().stream()
                        .map(e -> new AccountLimits(
                                e.getKey(),
                                e.getValue().maxDelta(),
                                e.getValue().maxLoss()))
                        .toList();
    }

    /** An account's limits; a null one is not set. */
    public record Limits(BigDecimal maxDelta, BigDecimal maxLoss) {
        static final Limits NONE = new Limits(null, null);
    }
}
