package com.frgm.dashboard.api.orders;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A snapshot not newer than the last applied one arrived (docs/feeds.md 5): recorded, not applied.
 * Not an error; it only tells operators that the feed delivered out of order.
 */
@Revision("1")
public record StaleWorkingOrderSnapshotEvent(
        String bookId, String fileKey, String contentSha256, Instant snapshotTime, Instant lastAppliedSnapshotTime) {}
