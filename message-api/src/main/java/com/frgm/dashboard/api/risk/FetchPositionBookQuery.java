package com.frgm.dashboard.api.risk;

/** Positions per account and instrument ({@code account} null: all); answered with a {@link PositionBookView}. */
public record FetchPositionBookQuery(String account) {}
