package com.frgm.dashboard.query.operations;

import com.frgm.dashboard.api.operations.FetchOperationsLogQuery;
import com.frgm.dashboard.api.operations.OperationsLogView;
import com.frgm.dashboard.api.operations.OperatorAction;
import com.frgm.dashboard.api.operations.OperatorActionRecordedEvent;
import com.frgm.dashboard.query.projection.EventSequence;
import com.frgm.dashboard.query.projection.UnitOfWorkBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;

/** The newest operator actions (ADR 0021), for {@code GET /api/operations/log}. */
@ProcessingGroup(OperationsLogProjection.PROCESSING_GROUP)
public class OperationsLogProjection {

    public static final String PROCESSING_GROUP = "operations-log";
    static final int MAX_LIMIT = 500;

    private final OperationsLogStore store;
    private final UnitOfWorkBatch<OperatorAction> batch;

    public OperationsLogProjection(OperationsLogStore store) {
        this.store = store;
        this.batch = new UnitOfWorkBatch<>(PROCESSING_GROUP, store::add);
    }

    @EventHandler
    void on(OperatorActionRecordedEvent event, TrackingToken token) {
        batch.add(new OperatorAction(
                event.operator(),
                event.action(),
                event.target(),
                event.outcome(),
                event.at(),
                EventSequence.of(token)));
    }

    @QueryHandler
    public OperationsLogView handle(FetchOperationsLogQuery query) {
        return new OperationsLogView(store.newest(Math.max(1, Math.min(MAX_LIMIT, query.limit()))));
    }
}
