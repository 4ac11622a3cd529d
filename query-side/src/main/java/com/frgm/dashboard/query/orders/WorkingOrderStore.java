package com.frgm.dashboard.query.orders;

import com.frgm.dashboard.api.orders.WorkingOrder;
import java.time.Instant;
import java.util.List;

/** The port the working-orders projection writes through; Redis in production, a map in unit tests. */
public interface WorkingOrderStore {

    /**
     * Applies a batch in order and announces each touched instrument to live subscribers. Each
     * write carries its event's global index ({@code sequence}); a write not newer than the last
     * one applied to its key changes nothing.
     */
    void write(List<Write> writes);

    /** The working orders in one instrument, in no particular order. */
    List<WorkingOrder> ordersIn(String instrument);

    sealed interface Write permits Put, Remove, SnapshotApplied {}

    /** The order's current state; {@code movedFrom} is its previous instrument when an amendment changed it. */
    record Put(WorkingOrder order, String movedFrom, long sequence) implements Write {}

    record Remove(WorkingOrder lastSeen, long sequence) implements Write {}

    record SnapshotApplied(Instant snapshotTime, long sequence) implements Write {}
}
