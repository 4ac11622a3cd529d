package com.frgm.dashboard.api.risk;

/** One {@code RiskLimits} aggregate per account: its breaches form one sequence. */
public final class RiskLimitsIds {

    private RiskLimitsIds() {}

    public static String of(String account) {
        return "risk-limits:" + account;
    }
}
