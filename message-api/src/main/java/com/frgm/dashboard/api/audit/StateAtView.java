package com.frgm.dashboard.api.audit;

import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.positions.LivePositionsView;
import com.frgm.dashboard.api.risk.RiskLimitBreach;
import java.time.Instant;
import java.util.List;

/**
 * State at an instant: the same views the live endpoints answer, built by the same projection
 * classes from every event stored (on the desk's clock) or stamped by its feed (on the feed's
 * clock) at or before {@code at}.
 *
 * @param clock             the clock {@code at} was read on
 * @param lastGlobalIndex   the last event applied (0 when none)
 * @param eventsApplied     how many events the answer rests on (those in its checkpoint included)
 * @param ladders           per instrument, sorted by instrument
 * @param orders            per instrument with working orders (or the one asked for), sorted
 * @param riskLimitBreaches the risk limits breached and not yet cleared at {@code at}
 * @param feeds             every feed seen by then: stalled or flowing, its last file, rejects that day
 * @param checkpointGlobalIndex the checkpoint the replay started from (0: the first event)
 */
public record StateAtView(
        Instant at,
        String instrument,
        ReplayClock clock,
        long lastGlobalIndex,
        long eventsApplied,
        List<LadderView> ladders,
        List<InstrumentOrdersView> orders,
        LivePositionsView positions,
        List<RiskLimitBreach> riskLimitBreaches,
        List<FeedAtInstant> feeds,
        long checkpointGlobalIndex) {

    public StateAtView {
        clock = clock == null ? ReplayClock.DESK : clock;
        ladders = List.copyOf(ladders);
        orders = List.copyOf(orders);
        riskLimitBreaches = riskLimitBreaches == null ? List.of() : List.copyOf(riskLimitBreaches);
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }
}
