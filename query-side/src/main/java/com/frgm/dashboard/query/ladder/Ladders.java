package com.frgm.dashboard.query.ladder;

import com.frgm.dashboard.api.ladder.LadderLevel;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the price ladder of one quote: a pure function, so a replay builds the same ladder. */
public final class Ladders {

    /** Rows filled between the deepest bid and ask when the tick size is known; beyond it, only quoted prices. */
    static final int MAX_FILLED_ROWS = 200;

    private Ladders() {}

    public static LadderView from(MarketQuote quote, long eventSequence) {
        TreeMap<BigDecimal, Long[]> rows = new TreeMap<>(Comparator.reverseOrder());
        put(rows, quote.bid(), quote.bidSize(), 0);
        quote.bidDepth().forEach(level -> put(rows, level, 0));
        put(rows, quote.ask(), quote.askSize(), 1);
        quote.askDepth().forEach(level -> put(rows, level, 1));
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
                levels(rows, quote.tickSize()),
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

    /**
     * The quoted rows, highest price first, with an empty row at every tick between the lowest and
     * the highest (counted up from the lowest) when the tick size is known and there are at most
     * {@link #MAX_FILLED_ROWS} of them. The ticks are merged into the few quoted rows in one pass
     * rather than inserted into the map: a ladder is built for every quote, live, in every replay
     * and checkpoint.
     */
    private static List<LadderLevel> levels(TreeMap<BigDecimal, Long[]> rows, BigDecimal tick) {
        List<LadderLevel> levels = new ArrayList<>();
        if (tick == null || tick.signum() <= 0 || rows.size() < 2 || tooManyTicks(rows, tick)) {
            rows.forEach((price, sizes) -> levels.add(level(price, sizes)));
            return levels;
        }
        Iterator<Map.Entry<BigDecimal, Long[]>> quoted =
                rows.descendingMap().entrySet().iterator();
        Map.Entry<BigDecimal, Long[]> next = quoted.next();
        BigDecimal low = next.getKey();
        BigDecimal high = rows.firstKey();
        levels.add(level(next.getKey(), next.getValue()));
        next = quoted.next();
        for (BigDecimal price = low.add(tick); price.compareTo(high) < 0; price = price.add(tick)) {
            BigDecimal row = normalise(price);
            int order;
            while ((order = next.getKey().compareTo(row)) < 0) {
                levels.add(level(next.getKey(), next.getValue()));
                next = quoted.next();
            }
            if (order > 0) {
                levels.add(new LadderLevel(row, null, null));
            }
        }
        levels.add(level(next.getKey(), next.getValue()));
        quoted.forEachRemaining(entry -> levels.add(level(entry.getKey(), entry.getValue())));
        Collections.reverse(levels);
        return levels;
    }

    private static boolean tooManyTicks(TreeMap<BigDecimal, Long[]> rows, BigDecimal tick) {
        BigDecimal steps = rows.firstKey().subtract(rows.lastKey()).divide(tick, MathContext.DECIMAL64);
        return steps.compareTo(BigDecimal.valueOf(MAX_FILLED_ROWS)) > 0;
    }

    private static LadderLevel level(BigDecimal price, Long[] sizes) {
        return new LadderLevel(price, sizes[0], sizes[1]);
    }

    /** One key per price however the feed wrote it (112.5 and 112.50 are the same row). */
    static BigDecimal normalise(BigDecimal price) {
        BigDecimal stripped = price.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
