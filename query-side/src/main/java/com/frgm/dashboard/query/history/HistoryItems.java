package com.frgm.dashboard.query.history;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Events to history items. Pure functions of the event fields: no clock, no ids, so a replay
 * writes exactly what the first delivery wrote.
 */
public final class HistoryItems {

    /** How long DynamoDB keeps a working-order state after its snapshot (the table's TTL). */
    public static final Duration ORDER_RETENTION = Duration.ofDays(7);

    private HistoryItems() {}

    /** Every column of the quote; unknown columns under their header unless that clashes. */
    public static HistoryItem quote(String feedId, String fileKey, MarketQuote quote) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("instrument_id", quote.instrument());
        item.put("timestamp", quote.timestamp().toEpochMilli());
        put(item, "bid", quote.bid());
        put(item, "bid_size", quote.bidSize());
        put(item, "ask", quote.ask());
        put(item, "ask_size", quote.askSize());
        put(item, "price", quote.price());
        put(item, "volume", quote.volume());
        levels(item, "bid", quote.bidDepth());
        levels(item, "ask", quote.askDepth());
        put(item, "delta", quote.delta());
        put(item, "gamma", quote.gamma());
        put(item, "vega", quote.vega());
        put(item, "theta", quote.theta());
        put(item, "underlying", quote.underlying());
        put(item, "tick_size", quote.tickSize());
        put(item, "multiplier", quote.multiplier());
        put(item, "feed_id", feedId);
        put(item, "file_key", fileKey);
        extras(item, quote.extras());
        return new HistoryItem(HistoryTable.MARKET_DATA, item);
    }

    public static HistoryItem startOfDay(LocalDate date, String fileKey, StartOfDayPosition row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("account_date", accountDate(row.account(), date));
        item.put("instrument_id", row.instrument());
        item.put("account", row.account());
        item.put("business_date", date.toString());
        item.put("position", row.position());
        put(item, "avg_price", row.avgPrice());
        put(item, "file_key", fileKey);
        extras(item, row.extras());
        return new HistoryItem(HistoryTable.START_OF_DAY, item);
    }

    public static HistoryItem endOfDay(LocalDate date, String fileKey, EndOfDayPosition row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("instrument_id", row.instrument());
        item.put("date_account", date + "#" + row.account());
        item.put("account_date", accountDate(row.account(), date));
        item.put("account", row.account());
        item.put("business_date", date.toString());
        item.put("position", row.position());
        put(item, "settle_price", row.settlePrice());
        put(item, "delta", row.delta());
        put(item, "gamma", row.gamma());
        put(item, "vega", row.vega());
        put(item, "theta", row.theta());
        put(item, "pnl", row.pnl());
        put(item, "file_key", fileKey);
        extras(item, row.extras());
        return new HistoryItem(HistoryTable.END_OF_DAY, item);
    }

    /**
     * The order as a snapshot showed it. Keyed by the snapshot time: two events of one order
     * from one snapshot (an amend and a fill) leave its final state in that snapshot.
     */
    public static HistoryItem orderState(
            String change, String bookId, Instant snapshotTime, WorkingOrder order, Long fillQty) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("order_id", order.orderId());
        item.put("timestamp", snapshotTime.toEpochMilli());
        item.put(HistoryTable.EXPIRE_TIME, snapshotTime.plus(ORDER_RETENTION).getEpochSecond());
        item.put("change", change);
        put(item, "account", order.account());
        put(item, "instrument_id", order.instrument());
        item.put("side", order.side().name());
        item.put("price", order.price());
        item.put("qty", order.qty());
        item.put("filled_qty", order.filledQty());
        item.put("open_qty", order.openQty());
        put(item, "fill_qty", fillQty);
        put(item, "status", order.status());
        put(
                item,
                "updated_at",
                order.updatedAt() == null ? null : order.updatedAt().toString());
        put(item, "book_id", bookId);
        return new HistoryItem(HistoryTable.WORKING_ORDERS, item);
    }

    /** The start-of-day table's partition key, also the end-of-day index's. */
    public static String accountDate(String account, LocalDate date) {
        return account + "#" + date;
    }

    private static void levels(Map<String, Object> item, String side, Iterable<PriceLevel> levels) {
        for (PriceLevel level : levels) {
            put(item, side + "_" + level.level(), level.price());
            put(item, side + "_size_" + level.level(), level.size());
        }
    }

    private static void extras(Map<String, Object> item, Map<String, String> extras) {
        // Sorted, so the attribute order is the same on every run as well.
        new java.util.TreeMap<>(extras).forEach((name, value) -> {
            if (!name.isEmpty() && value != null) {
                item.putIfAbsent(name, value);
            }
        });
    }

    private static void put(Map<String, Object> item, String name, Object value) {
        if (value != null) {
            item.put(name, value);
        }
    }
}
