package com.frgm.dashboard.api.risk;

/** Each account's P&amp;L through the day ({@code account} null: all); answered with a {@link PnlHistoryView}. */
public record FetchPnlHistoryQuery(String account) {}
