package com.frgm.dashboard.api.history;

/** Every recorded state of one order, oldest first; paged like {@link FetchQuoteHistoryQuery}. */
public record FetchOrderHistoryQuery(String orderId, int limit, String cursor) {}
