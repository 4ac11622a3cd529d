package com.frgm.dashboard.api.risk;

import java.util.List;

/** Configured limits per account, and every breach not yet cleared (sorted by account, then limit). */
public record RiskLimitsView(List<AccountLimits> limits, List<RiskLimitBreach> breaches) {

    public RiskLimitsView {
        limits = List.copyOf(limits);
        breaches = List.copyOf(breaches);
    }
}
