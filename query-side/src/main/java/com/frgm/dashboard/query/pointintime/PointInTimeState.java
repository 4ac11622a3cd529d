package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.FetchInstrumentOrdersQuery;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.positions.FetchLivePositionsQuery;
import com.frgm.dashboard.query.ladder.LadderProjection;
import com.frgm.dashboard.query.orders.InstrumentOrders;
import com.frgm.dashboard.query.orders.WorkingOrdersProjection;
import com.frgm.dashboard.query.positions.PositionsProjection;
import com.frgm.dashboard.query.risk.RiskLimitsProjection;
import com.frgm.dashboard.query.risk.RiskProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The live read models rebuilt in memory: the very projection classes that write Redis, given
 * in-memory implementations of their store ports, fed events one by one. What they answer is
 * therefore what the live views answered after the same events.
 */
public final class PointInTimeState {

    private final InMemoryLadderStore ladders = new InMemoryLadderStore();
    private final InMemoryWorkingOrderStore orders = new InMemoryWorkingOrderStore();
    private final InMemoryRiskLimitStore riskLimits = new InMemoryRiskLimitStore();
    private final PositionsProjection positions;
    private final InstrumentOrders instrumentOrders;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private long lastGlobalIndex;
    private long applied;

    public PointInTimeState(ZoneId businessZone) {
        this.positions = new PositionsProjection(new InMemoryPositionStore(), businessZone);
        this.instrumentOrders = new InstrumentOrders(orders, positions);
        this.handlers = List.of(
                new AnnotationEventHandlerAdapter(new LadderProjection(ladders, storedAt -> { })),
                new AnnotationEventHandlerAdapter(new WorkingOrdersProjection(orders)),
                new AnnotationEventHandlerAdapter(positions),
                new AnnotationEventHandlerAdapter(new RiskLimitsProjection(riskLimits, new RiskProperties(null, null,
                        null))));
    }

    /** Applies one event; never inside a unit of work, whose commit would hold the writes back. */
    public void apply(EventMessage<?> event) {
        if (CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("point-in-time replay must not run inside a unit of work");
        }
        try {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot apply event " + event.getIdentifier(), e);
        }
        if (event instanceof TrackedEventMessage<?> tracked) {
            lastGlobalIndex = tracked.trackingToken().position().orElse(lastGlobalIndex);
        }
        applied++;
    }

    public long applied() {
        return applied;
    }

    /** The views for one instrument, or for all when {@code instrument} is null. */
    public StateAtView view(Instant at, String instrument) {
        List<LadderView> ladderViews = instrument == null ? ladders.all()
                : ladders.read(instrument).map(List::of).orElse(List.of());
        List<InstrumentOrdersView> orderViews = new ArrayList<>();
        for (String each : instrument == null ? List.copyOf(orders.instruments()) : List.of(instrument)) {
            orderViews.add(instrumentOrders.handle(new FetchInstrumentOrdersQuery(each)));
        }
        return new StateAtView(at, instrument, lastGlobalIndex, applied, ladderViews, orderViews,
                positions.handle(new FetchLivePositionsQuery(null, instrument)), riskLimits.openBreaches());
    }

    public Optional<LadderView> ladder(String instrument) {
        return ladders.read(instrument);
    }
}
