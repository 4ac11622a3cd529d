package com.frgm.dashboard.api.feeds;

import java.time.Instant;

/**
 * One feed's health. {@code state} is {@code flowing}, {@code stalled} (a market-data feed
 * quiet for longer than the stall time) or {@code idle} (files arrive on their own schedule, like
 * start and end of day, or only rejects were seen). Per-minute figures count the last 60 s;
 * {@code rejects} counts the last day; {@code ingestLagMillis} is the last file's time from its
 * business time to its commit.
 */
public record FeedStatus(
        String feed,
        String kind,
        String state,
        Instant lastFileTime,
        Instant lastArrival,
        String lastFileKey,
        long filesPerMinute,
        long rowsPerMinute,
        long rejects,
        Instant lastRejected,
        Long ingestLagMillis,
        Long quietForMillis) {
}
