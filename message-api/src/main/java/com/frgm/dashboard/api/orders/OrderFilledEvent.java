package com.frgm.dashboard.api.orders;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A working order's filled quantity rose by {@code fillQty} (the snapshot shows cumulative
 * fills only). {@code order} is its state after the fill; a fully filled order is followed by an
 * {@link OrderNoLongerWorkingEvent} once it leaves the snapshots.
 */
@Revision("1")
public record OrderFilledEvent(String bookId, Instant snapshotTime, long fillQty, WorkingOrder order) {

    /** Signed change of the position: positive for a buy. */
    public long positionChange() {
        return order.side().signed(fillQty);
    }
}
