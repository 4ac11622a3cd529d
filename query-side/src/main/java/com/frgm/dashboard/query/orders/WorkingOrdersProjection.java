package com.frgm.dashboard.query.orders;

import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import com.frgm.dashboard.query.projection.EventSequence;
import com.frgm.dashboard.query.projection.UnitOfWorkBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The working orders in Redis ({@code tt:orders:active}, docs/feeds.md 6) and per instrument for the
 * ladder. Each event carries the order's whole state, so every write is a plain set or delete and
 * a redelivered event writes what it wrote before.
 */
@ProcessingGroup(WorkingOrdersProjection.PROCESSING_GROUP)
public class WorkingOrdersProjection {

    public static final String PROCESSING_GROUP = "orders";

    private final UnitOfWorkBatch<WorkingOrderStore.Write> batch;

    public WorkingOrdersProjection(WorkingOrderStore store) {
        this.batch = new UnitOfWorkBatch<>(PROCESSING_GROUP, store::write);
    }

    @EventHandler
    void on(OrderWorkingEvent event, TrackingToken token) {
        batch.add(new WorkingOrderStore.Put(event.order(), null, EventSequence.of(token)));
    }

    @EventHandler
    void on(OrderAmendedEvent event, TrackingToken token) {
        String before = event.previous().instrument();
        batch.add(new WorkingOrderStore.Put(
                event.order(), before.equals(event.order().instrument()) ? null : before, EventSequence.of(token)));
    }

    @EventHandler
    void on(OrderFilledEvent event, TrackingToken token) {
        batch.add(new WorkingOrderStore.Put(event.order(), null, EventSequence.of(token)));
    }

    @EventHandler
    void on(OrderNoLongerWorkingEvent event, TrackingToken token) {
        batch.add(new WorkingOrderStore.Remove(event.lastSeen(), EventSequence.of(token)));
    }

    @EventHandler
    void on(WorkingOrderSnapshotAppliedEvent event, TrackingToken token) {
        batch.add(new WorkingOrderStore.SnapshotApplied(event.snapshotTime(), EventSequence.of(token)));
    }
}
