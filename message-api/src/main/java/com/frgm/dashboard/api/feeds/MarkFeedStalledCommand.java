package com.frgm.dashboard.api.feeds;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A market-data feed has sent no file for longer than {@code stallAfter}. {@code lastFileKey} is
 * the newest file the monitor saw: if the feed has applied another since, the feed is not stalled
 * and the command changes nothing.
 */
public record MarkFeedStalledCommand(
        @TargetAggregateIdentifier String feedId,
        String lastFileKey,
        Instant lastFileArrival,
        Duration stallAfter,
        Instant detectedAt) {}
