package com.frgm.dashboard.query.ladder;

import com.frgm.dashboard.api.ladder.LadderLevel;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the price ladder of one quote: a pure function, so a replay builds the same ladder. */
public final class Ladders {

    /** Rows filled between the deepest bid and ask when the tick size is known; beyond it, only quoted prices. */
    static final int MAX_FILLED_ROWS = 200;

    private Ladders() {}

    public static LadderView from(MarketQuote quote, long eventSequence) {
        TreeMap<BigDecimal, Long[]> rows = new TreeMap<>(java.util.Comparator.reverseOrder());
        put(rows, quote.bid(), quote.bidSize(), 0);
        quote.bidDepth().forEach(level -> put(rows, level, 0));
        put(rows, quote.ask(), quote.askSize(), 1);
        quote.askDepth().forEach(level -> put(rows, level, 1));
        fillTicks(rows, quote.tickSize());
        List<LadderLevel> levels = new ArrayList<>(rows.size());
        for (Map.Entry<BigDecimal, Long[]> row : rows.entrySet()) {
            levels.add(new LadderLevel(row.getKey(), row.getValue()[0], row.getValue()[1]));
        }
        return new LadderView(
                quote.instrument(),
                quote.timestamp(),
                quote.bid(),
                quote.bidSize(),
                quote.ask(),
                quote.askSize(),
                quote.price(),
                quote.volume(),
                quote.tickSize(),
                levels,
                eventSequence);
    }

    private static void put(TreeMap<BigDecimal, Long[]> rows, PriceLevel level, int side) {
        put(rows, level.price(), level.size(), side);
    }

    private static void put(TreeMap<BigDecimal, Long[]> rows, BigDecimal price, Long size, int side) {
        if (price != null) {
            rows.computeIfAbsent(normalise(price), p -> new Long[2])[side] = size;
        }
    }

    private static void fillTicks(TreeMap<BigDecimal, Long[]> rows, BigDecimal tick) {
        if (tick == null || tick.signum() <= 0 || rows.size() < 2) {
            return;
        }
        BigDecimal high = rows.firstKey();
        BigDecimal low = rows.lastKey();
        BigDecimal steps = high.subtract(low).divide(tick, java.math.MathContext.DECIMAL64);
        if (steps.compareTo(BigDecimal.valueOf(MAX_FILLED_ROWS)) > 0) {
            return;
        }
        for (BigDecimal price = low.add(tick); price.compareTo(high) < 0; price = price.add(tick)) {
            rows.computeIfAbsent(normalise(price), p -> new Long[2]);
        }
    }

    /** One key per price however the feed wrote it (112.5 and 112.50 are the same row). */
    static BigDecimal normalise(BigDecimal price) {
        BigDecimal stripped = price.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
