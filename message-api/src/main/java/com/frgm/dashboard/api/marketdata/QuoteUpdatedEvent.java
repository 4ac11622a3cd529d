package com.frgm.dashboard.api.marketdata;

import org.axonframework.serialization.Revision;

/**
 * An instrument's quote changed. Carries the complete quote, not a delta, so that the latest
 * event per instrument is its exact state at any instant.
 */
@Revision("1")
public record QuoteUpdatedEvent(String feedId, String fileKey, MarketQuote quote) {}
