package com.frgm.dashboard.query.history;

import com.frgm.dashboard.api.history.FetchOrderHistoryQuery;
import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;

/** Every state a snapshot showed of an order into {@code TTWorkingOrders-{env}}, kept 7 days. */
@ProcessingGroup(OrderHistoryProjection.PROCESSING_GROUP)
public class OrderHistoryProjection {

    public static final String PROCESSING_GROUP = "history-orders";

    private final HistoryStore store;
    private final HistoryBatch batch;

    public OrderHistoryProjection(HistoryStore store, DeadLetters deadLetters) {
        this.store = store;
        this.batch = new HistoryBatch(PROCESSING_GROUP, store, deadLetters);
    }

    @EventHandler
    void on(OrderWorkingEvent event, EventMessage<?> message) {
        batch.add(
                message,
                List.of(HistoryItems.orderState("working", event.bookId(), event.snapshotTime(), event.order(), null)));
    }

    @EventHandler
    void on(OrderAmendedEvent event, EventMessage<?> message) {
        batch.add(
                message,
                List.of(HistoryItems.orderState("amended", event.bookId(), event.snapshotTime(), event.order(), null)));
    }

    @EventHandler
    void on(OrderFilledEvent event, EventMessage<?> message) {
        batch.add(
                message,
                List.of(HistoryItems.orderState(
                        "filled", event.bookId(), event.snapshotTime(), event.order(), event.fillQty())));
    }

    @EventHandler
    void on(OrderNoLongerWorkingEvent event, EventMessage<?> message) {
        batch.add(
                message,
                List.of(HistoryItems.orderState(
                        "no_longer_working", event.bookId(), event.snapshotTime(), event.lastSeen(), null)));
    }

    @QueryHandler
    public HistoryPage handle(FetchOrderHistoryQuery query) {
        return store.query(HistoryTable.WORKING_ORDERS, query.orderId(), null, null, query.limit(), query.cursor());
    }
}
