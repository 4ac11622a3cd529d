package com.frgm.dashboard.api.history;

import java.time.Instant;

/**
 * Quotes of one instrument with a quote time in {@code [from, to]}, oldest first, at most
 * {@code limit}; {@code cursor} is the {@code next} of the previous page, or null for the first.
 */
public record FetchQuoteHistoryQuery(String instrument, Instant from, Instant to, int limit, String cursor) {}
