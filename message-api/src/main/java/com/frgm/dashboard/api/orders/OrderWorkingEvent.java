package com.frgm.dashboard.api.orders;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An order appeared in a snapshot: it is now working. Carries the order as the snapshot had it. */
@Revision("1")
public record OrderWorkingEvent(String bookId, Instant snapshotTime, WorkingOrder order) {}
