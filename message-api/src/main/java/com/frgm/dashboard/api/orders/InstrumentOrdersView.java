package com.frgm.dashboard.api.orders;

import java.util.List;

/**
 * What the ladder shows beside the market for one instrument: our working orders, their open
 * quantity per price (highest price first), and the live position summed over accounts
 * (start of day plus fills since; null when neither exists). {@code positionMayBeIncomplete}:
 * an order left the snapshots with open quantity, whose last fills may not have been seen.
 */
public record InstrumentOrdersView(
        String instrument,
        List<OrderLevel> levels,
        List<WorkingOrder> orders,
        Long position,
        boolean positionMayBeIncomplete) {

    public InstrumentOrdersView {
        levels = List.copyOf(levels);
        orders = List.copyOf(orders);
    }
}
