package com.frgm.dashboard.api.feeds;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A market-data feed went quiet: no file since {@code lastFileArrival}, noticed at {@code detectedAt}. */
@Revision("1")
public record FeedStalledEvent(
        String feedId, String lastFileKey, Instant lastFileArrival, Duration stallAfter, Instant detectedAt) {}
