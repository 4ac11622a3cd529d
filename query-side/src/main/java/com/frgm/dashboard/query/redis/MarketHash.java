package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of {@code actant:market:{instrument}}: the seed's five first, then the rest of
 * the row under the feed's own column names, so scripts that read the CSV read the hash too.
 */
final class MarketHash {

    /** Every field a quote may write; those absent from a quote are deleted from the hash. */
    static final List<String> KNOWN_FIELDS = knownFields();

    private MarketHash() {}

    static Map<String, String> fields(MarketQuote quote) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "price", quote.price());
        put(fields, "bid", quote.bid());
        put(fields, "ask", quote.ask());
        put(fields, "volume", quote.volume());
        fields.put("timestamp", Long.toString(quote.timestamp().getEpochSecond()));
        fields.put("timestamp_ms", Long.toString(quote.timestamp().toEpochMilli()));
        put(fields, "bid_size", quote.bidSize());
        put(fields, "ask_size", quote.askSize());
        for (PriceLevel level : quote.bidDepth()) {
            put(fields, "bid_" + level.level(), level.price());
            put(fields, "bid_size_" + level.level(), level.size());
        }
        for (PriceLevel level : quote.askDepth()) {
            put(fields, "ask_" + level.level(), level.price());
            put(fields, "ask_size_" + level.level(), level.size());
        }
        put(fields, "delta", quote.delta());
        put(fields, "gamma", quote.gamma());
        put(fields, "vega", quote.vega());
        put(fields, "theta", quote.theta());
        put(fields, "underlying", quote.underlying());
        put(fields, "tick_size", quote.tickSize());
        put(fields, "multiplier", quote.multiplier());
        return fields;
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (value instanceof BigDecimal decimal) {
            fields.put(name, decimal.toPlainString());
        } else if (value != null) {
            fields.put(name, value.toString());
        }
    }

    private static List<String> knownFields() {
        List<String> names = new java.util.ArrayList<>(List.of(
                "price",
                "bid",
                "ask",
                "volume",
                "timestamp",
                "timestamp_ms",
                "bid_size",
                "ask_size",
                "delta",
                "gamma",
                "vega",
                "theta",
                "underlying",
                "tick_size",
                "multiplier"));
        for (int level = 2; level <= 10; level++) {
            names.addAll(List.of("bid_" + level, "bid_size_" + level, "ask_" + level, "ask_size_" + level));
        }
        return List.copyOf(names);
    }
}
