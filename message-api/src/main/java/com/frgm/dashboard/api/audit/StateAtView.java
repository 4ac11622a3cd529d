package com.frgm.dashboard.api.audit;

import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.positions.LivePositionsView;
import com.frgm.dashboard.api.risk.RiskLimitBreach;
import java.time.Instant;
import java.util.List;

/**
 * State at an instant: the same views the live endpoints answer, built by the same projection
 * classes from every event stored at or before {@code at}.
 *
 * @param lastGlobalIndex the last event applied (0 when none)
 * @param eventsApplied   how many events were replayed
 * @param ladders         per instrument, sorted by instrument
 * @param orders          per instrument with working orders (or the one asked for), sorted
 * @param riskLimitBreaches the risk limits breached and not yet cleared at {@code at}
 */
public record StateAtView(Instant at, String instrument, long lastGlobalIndex, long eventsApplied,
                          List<LadderView> ladders, List<InstrumentOrdersView> orders,
                          LivePositionsView positions, List<RiskLimitBreach> riskLimitBreaches) {

    public StateAtView {
        ladders = List.copyOf(ladders);
        orders = List.copyOf(orders);
        riskLimitBreaches = riskLimitBreaches == null ? List.of() : List.copyOf(riskLimitBreaches);
    }
}
