package com.frgm.dashboard.api.risk;

/** The configured limits and the breaches now open; answered with a {@link RiskLimitsView}. */
public record FetchRiskLimitsQuery() {}
