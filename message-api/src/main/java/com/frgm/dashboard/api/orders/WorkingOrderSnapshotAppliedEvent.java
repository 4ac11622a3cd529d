package com.frgm.dashboard.api.orders;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A snapshot was applied in full; stored after the order events it implied, in the same
 * transaction. {@code workingOrders} is how many orders the snapshot held.
 */
@Revision("1")
public record WorkingOrderSnapshotAppliedEvent(
        String bookId, String fileKey, String contentSha256, Instant snapshotTime, int workingOrders, int changes) {}
