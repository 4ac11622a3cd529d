package com.frgm.dashboard.query.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.ladder.LadderLevel;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The ladder's empty tick rows are merged into the quoted rows in one pass; this checks that pass
 * against the plain way (every tick put into the sorted map) over many random quotes: on and off
 * the tick grid, equal prices written with other scales, spans beyond the fill limit, no tick.
 */
class LaddersFillTest {

    private static final BigDecimal[] TICKS = {
        new BigDecimal("0.015625"),
        new BigDecimal("0.0078125"),
        new BigDecimal("0.25"),
        BigDecimal.ONE,
        null,
        BigDecimal.ZERO
    };

    @Test
    void theMergedTicksAreTheRowsOfEveryTickPutIntoTheSortedMap() {
        SplittableRandom random = new SplittableRandom(20261202L);
        for (int i = 0; i < 20_000; i++) {
            MarketQuote quote = randomQuote(random);
            assertThat(Ladders.from(quote, i).levels()).as("quote %s", quote).isEqualTo(plainLevels(quote));
        }
    }

    @Test
    void aQuoteOffTheGridKeepsItsRowBetweenTheTicks() {
        MarketQuote quote = quote(
                new BigDecimal("112.5"), new BigDecimal("112.55"), new BigDecimal("0.015625"), List.of(), List.of());

        assertThat(Ladders.from(quote, 1).levels())
                .extracting(LadderLevel::price)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("112.55", "112.546875", "112.53125", "112.515625", "112.5");
    }

    private static MarketQuote randomQuote(SplittableRandom random) {
        BigDecimal tick = TICKS[random.nextInt(TICKS.length)];
        BigDecimal grid = tick == null || tick.signum() == 0 ? new BigDecimal("0.125") : tick;
        BigDecimal base = new BigDecimal(100 + random.nextInt(20));
        int span = random.nextInt(10) == 0 ? 150 + random.nextInt(100) : random.nextInt(12);
        BigDecimal bid = price(random, base, grid);
        BigDecimal ask = price(random, base.add(grid.multiply(BigDecimal.valueOf(span))), grid);
        List<PriceLevel> bids = new ArrayList<>();
        List<PriceLevel> asks = new ArrayList<>();
        for (int level = 2; level < 2 + random.nextInt(4); level++) {
            bids.add(new PriceLevel(
                    level, price(random, base.subtract(grid.multiply(BigDecimal.valueOf(level))), grid), (long) level));
            asks.add(new PriceLevel(
                    level, price(random, ask.add(grid.multiply(BigDecimal.valueOf(level))), grid), null));
        }
        return quote(random.nextInt(20) == 0 ? null : bid, ask, tick, bids, asks);
    }

    /** On the grid mostly; sometimes off it, or the same price with trailing zeros. */
    private static BigDecimal price(SplittableRandom random, BigDecimal onGrid, BigDecimal grid) {
        return switch (random.nextInt(6)) {
            case 0 -> onGrid.add(grid.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64));
            case 1 -> onGrid.setScale(onGrid.scale() + 2);
            default -> onGrid;
        };
    }

    private static MarketQuote quote(
            BigDecimal bid, BigDecimal ask, BigDecimal tick, List<PriceLevel> bids, List<PriceLevel> asks) {
        return new MarketQuote(
                "ZNH27",
                Instant.parse("2027-03-01T14:30:00Z"),
                bid,
                10L,
                ask,
                20L,
                null,
                null,
                bids,
                asks,
                null,
                null,
                null,
                null,
                null,
                tick,
                null,
                null);
    }

    /** The plain way: quoted rows and every tick from the lowest up, into one sorted map. */
    private static List<LadderLevel> plainLevels(MarketQuote quote) {
        TreeMap<BigDecimal, Long[]> rows = new TreeMap<>(Comparator.reverseOrder());
        put(rows, quote.bid(), quote.bidSize(), 0);
        quote.bidDepth().forEach(level -> put(rows, level.price(), level.size(), 0));
        put(rows, quote.ask(), quote.askSize(), 1);
        quote.askDepth().forEach(level -> put(rows, level.price(), level.size(), 1));
        BigDecimal tick = quote.tickSize();
        if (tick != null && tick.signum() > 0 && rows.size() >= 2) {
            BigDecimal high = rows.firstKey();
            BigDecimal low = rows.lastKey();
            BigDecimal steps = high.subtract(low).divide(tick, MathContext.DECIMAL64);
            if (steps.compareTo(BigDecimal.valueOf(Ladders.MAX_FILLED_ROWS)) <= 0) {
                for (BigDecimal price = low.add(tick); price.compareTo(high) < 0; price = price.add(tick)) {
                    rows.computeIfAbsent(Ladders.normalise(price), p -> new Long[2]);
                }
            }
        }
        List<LadderLevel> levels = new ArrayList<>();
        for (Map.Entry<BigDecimal, Long[]> row : rows.entrySet()) {
            levels.add(new LadderLevel(row.getKey(), row.getValue()[0], row.getValue()[1]));
        }
        return levels;
    }

    private static void put(TreeMap<BigDecimal, Long[]> rows, BigDecimal price, Long size, int side) {
        if (price != null) {
            rows.computeIfAbsent(Ladders.normalise(price), p -> new Long[2])[side] = size;
        }
    }
}
