package com.frgm.dashboard.api.orders;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An order left the snapshots (filled, cancelled or expired); {@code lastSeen} is its last known state. */
@Revision("1")
public record OrderNoLongerWorkingEvent(String bookId, Instant snapshotTime, WorkingOrder lastSeen) {}
