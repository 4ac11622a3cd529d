package com.frgm.dashboard.api.ladder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The price ladder of one instrument: every price from the best offer of the deepest level down
 * to the deepest bid, stepping by tick size where it is known, best prices and last trade.
 * {@code eventSequence} is the global index of the event it reflects, so consumers can drop
 * anything older than what they already show.
 */
public record LadderView(
        String instrument,
        Instant quoteTime,
        BigDecimal bestBid,
        Long bestBidSize,
        BigDecimal bestAsk,
        Long bestAskSize,
        BigDecimal lastPrice,
        Long volume,
        BigDecimal tickSize,
        List<LadderLevel> levels,
        long eventSequence) {

    public LadderView {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
