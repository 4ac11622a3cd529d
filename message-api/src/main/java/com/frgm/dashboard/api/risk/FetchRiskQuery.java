package com.frgm.dashboard.api.risk;

/** Risk per account and underlying ({@code account} null: every account); answered with a {@link RiskView}. */
public record FetchRiskQuery(String account) {}
