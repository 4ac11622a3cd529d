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
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.risk.RiskLimitsProjection;
import com.frgm.dashboard.query.risk.RiskProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The live read models rebuilt in memory: the very projection classes that write Redis, given
 * in-memory implementations of their store ports, fed by the {@link ReplayEngine} in batches as a
 * live processor feeds them. What they answer is therefore what the live views answered after the
 * same events. One instance answers one question; it is not shared between threads.
 */
public final class PointInTimeState {

    private final InMemoryLadderStore ladders = new InMemoryLadderStore();
    private final InMemoryWorkingOrderStore orders = new InMemoryWorkingOrderStore();
    private final InMemoryRiskLimitStore riskLimits = new InMemoryRiskLimitStore();
    private final PositionsProjection positions;
    private final InstrumentOrders instrumentOrders;
    private final List<Object> projections;

    public PointInTimeState(ZoneId businessZone) {
        this.positions = new PositionsProjection(new InMemoryPositionStore(), businessZone);
        this.instrumentOrders = new InstrumentOrders(orders, positions);
        this.projections = List.of(
                new LadderProjection(ladders, storedAt -> { }),
                new WorkingOrdersProjection(orders),
                positions,
                new RiskLimitsProjection(riskLimits, new RiskProperties(null, null, null)));
    }

    /** The projections to hand to {@link ReplayEngine#replay}. */
    public List<Object> projections() {
        return projections;
    }

    /** The views for one instrument, or for all when {@code instrument} is null, after {@code replayed}. */
    public StateAtView view(Instant at, String instrument, ReplayEngine.Replayed replayed) {
        List<LadderView> ladderViews = instrument == null ? ladders.all()
                : ladders.read(instrument).map(List::of).orElse(List.of());
        List<InstrumentOrdersView> orderViews = new ArrayList<>();
        for (String each : instrument == null ? List.copyOf(orders.instruments()) : List.of(instrument)) {
            orderViews.add(instrumentOrders.handle(new FetchInstrumentOrdersQuery(each)));
        }
        return new StateAtView(at, instrument, replayed.lastGlobalIndex(), replayed.events(), ladderViews, orderViews,
                positions.handle(new FetchLivePositionsQuery(null, instrument)), riskLimits.openBreaches());
    }

    public Optional<LadderView> ladder(String instrument) {
        return ladders.read(instrument);
    }
}
