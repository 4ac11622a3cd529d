package com.frgm.dashboard.api.risk;

/**
 * A price or figure the risk of {@code instrument} needed and did not have, e.g. {@code missing}
 * "settlement price of 2024-01-15", {@code assumed} "start-of-day avg_price 0.3125".
 */
public record RiskNote(String instrument, String missing, String assumed) {}
