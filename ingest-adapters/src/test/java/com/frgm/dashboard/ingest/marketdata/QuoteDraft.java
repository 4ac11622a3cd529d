package com.frgm.dashboard.ingest.marketdata;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generated valid row: the values it stands for ({@link #expected}) and the cell texts a feed
 * would write for them ({@link #cells}). Filled in field by field by {@link MarketDataFileGenerator},
 * hence mutable.
 */
final class QuoteDraft {

    /** A depth level: null step means the level is left empty; prices move by step from the level before. */
    record Level(BigDecimal step, Long size) {}

    String instrument;
    Instant timestamp;
    int timestampStyle;
    BigDecimal base = BigDecimal.ONE;
    BigDecimal spread = BigDecimal.ZERO;
    BigDecimal priceOffset = BigDecimal.ZERO;
    Set<String> sides = Set.of("price");
    Long bidSize;
    Long askSize;
    Long volume;
    List<Level> bidLevels = List.of();
    List<Level> askLevels = List.of();
    BigDecimal delta;
    BigDecimal gamma;
    BigDecimal vega;
    BigDecimal theta;
    String underlying;
    BigDecimal tickSize;
    BigDecimal multiplier;
    Map<String, String> extras = Map.of();
    boolean exponentStyle;

    BigDecimal bid() {
        return sides.contains("bid") ? base : null;
    }

    BigDecimal ask() {
        return sides.contains("ask") ? base.add(spread) : null;
    }

    BigDecimal price() {
        return sides.contains("price") ? base.add(priceOffset) : null;
    }

    List<PriceLevel> depth(boolean bidSide) {
        List<PriceLevel> levels = new ArrayList<>();
        BigDecimal previous = bidSide ? base : base.add(spread);
        List<Level> drafts = bidSide ? bidLevels : askLevels;
        for (int i = 0; i < drafts.size(); i++) {
            Level level = drafts.get(i);
            if (level.step() != null) {
                previous = bidSide ? previous.subtract(level.step()) : previous.add(level.step());
                levels.add(new PriceLevel(i + 2, previous, level.size()));
            }
        }
        return levels;
    }

    MarketQuote expected(Instant fileTime, ProductSpec defaults) {
        return new MarketQuote(
                instrument,
                timestamp == null ? fileTime : timestamp,
                bid(),
                bidSize,
                ask(),
                askSize,
                price(),
                volume,
                depth(true),
                depth(false),
                delta,
                gamma,
                vega,
                theta,
                underlying,
                tickSize == null ? defaults.tickSize() : tickSize,
                multiplier == null ? defaults.multiplier() : multiplier,
                extras);
    }

    /** Column name to cell text for every value present; absent values have no entry. */
    Map<String, String> cells() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("instrument", instrument);
        put(cells, "timestamp", timestamp == null ? null : timestampText());
        put(cells, "bid", bid());
        put(cells, "ask", ask());
        put(cells, "price", price());
        put(cells, "bid_size", bidSize);
        put(cells, "ask_size", askSize);
        put(cells, "volume", volume);
        for (boolean bidSide : new boolean[] {true, false}) {
            String side = bidSide ? "bid" : "ask";
            for (PriceLevel level : depth(bidSide)) {
                put(cells, side + "_" + level.level(), level.price());
                put(cells, side + "_size_" + level.level(), level.size());
            }
        }
        put(cells, "delta", delta);
        put(cells, "gamma", gamma);
        put(cells, "vega", vega);
        put(cells, "theta", theta);
        put(cells, "underlying", underlying);
        put(cells, "tick_size", tickSize);
        put(cells, "multiplier", multiplier);
        cells.putAll(extras);
        return cells;
    }

    @Override
    public String toString() {
        return cells().toString();
    }

    private String timestampText() {
        return switch (timestampStyle) {
            case 0 -> timestamp.toString();
            case 1 -> timestamp.atOffset(ZoneOffset.ofHoursMinutes(5, 30)).toString();
            case 2 -> timestamp.atOffset(ZoneOffset.ofHours(-6)).toString();
            default -> Long.toString(timestamp.toEpochMilli());
        };
    }

    private void put(Map<String, String> cells, String column, Object value) {
        if (value instanceof BigDecimal decimal) {
            cells.put(column, exponentStyle ? decimal.toString() : decimal.toPlainString());
        } else if (value != null) {
            cells.put(column, value.toString());
        }
    }
}
