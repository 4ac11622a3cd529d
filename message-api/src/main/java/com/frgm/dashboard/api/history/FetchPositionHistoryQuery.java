package com.frgm.dashboard.api.history;

import java.time.LocalDate;

/**
 * An account's start-of-day rows, then its end-of-day rows, for one business date; paged like
 * {@link FetchQuoteHistoryQuery}.
 */
public record FetchPositionHistoryQuery(String account, LocalDate businessDate, int limit, String cursor) {}
