package com.frgm.dashboard.api.orders;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A working order's price or quantity changed between two snapshots; {@code order} is its new state. */
@Revision("1")
public record OrderAmendedEvent(String bookId, Instant snapshotTime, WorkingOrder previous, WorkingOrder order) {}
