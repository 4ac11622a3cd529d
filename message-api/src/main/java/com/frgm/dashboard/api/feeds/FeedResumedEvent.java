package com.frgm.dashboard.api.feeds;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A stalled market-data feed delivered a file again: {@code fileKey} at business time
 * {@code fileTime}; it had been stalled since {@code stalledSince}.
 */
@Revision("1")
public record FeedResumedEvent(String feedId, String fileKey, Instant fileTime, Instant stalledSince) {}
