package com.frgm.dashboard.api.feeds;

import java.time.Instant;

/**
 * One feed's health. {@code state} is {@code flowing}, {@code stalled} (a market-data feed
 * quiet for longer than the stall time), {@code idle} (files arrive on their own schedule, like
 * start and end of day, or only rejects were seen) or {@code catching-up} (an ingest node is
 * working off a backlog of the feed's files: {@code backlogFiles} still waiting, the oldest for
 * {@code backlogAgeMillis}; both null otherwise). Per-minute figures count the last 60 s;
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
        Long quietForMillis,
        Integer backlogFiles,
        Long backlogAgeMillis) {}
