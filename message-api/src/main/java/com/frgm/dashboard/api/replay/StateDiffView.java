package com.frgm.dashboard.api.replay;

import com.frgm.dashboard.api.audit.ReplayClock;
import java.time.Instant;
import java.util.List;

/**
 * What changed from the state at {@code a} to the state at {@code b}: the quotes per ladder
 * level, our working orders added, removed and changed, and the positions that moved. Unchanged
 * levels, orders and positions are left out.
 *
 * @param lastGlobalIndexA the last event the state at {@code a} includes; {@code lastGlobalIndexB} at {@code b}
 */
public record StateDiffView(
        Instant a,
        Instant b,
        ReplayClock clock,
        String instrument,
        long lastGlobalIndexA,
        long lastGlobalIndexB,
        List<QuoteChange> quotes,
        List<OrderChange> orders,
        List<PositionChange> positions) {

    public StateDiffView {
        quotes = List.copyOf(quotes);
        orders = List.copyOf(orders);
        positions = List.copyOf(positions);
    }
}
