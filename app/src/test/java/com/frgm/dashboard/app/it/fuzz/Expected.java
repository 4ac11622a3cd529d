package com.frgm.dashboard.app.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the good files of a corpus alone imply: the events they append, and every Redis key and
 * value they leave. Bad files must add nothing to either.
 */
public final class Expected {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILL_DATE = FuzzCorpus.TODAY.toString();

    int marketFiles;
    Instant lastMarketTime;
    int startOfDayFiles;
    int endOfDayFiles;
    /** Business date to the index n of its good file ({@link GoodFiles#startOfDay(int)}). */
    final Map<LocalDate, Integer> startOfDay = new TreeMap<>();

    final Map<LocalDate, Integer> endOfDay = new TreeMap<>();
    int snapshots;
    Instant lastSnapshotTime;

    public int goodFiles() {
        return marketFiles + startOfDayFiles + endOfDayFiles + snapshots;
    }

    /** Payload type to count; a snapshot after the first amends and fills every order. */
    public Map<String, Long> eventCounts() {
        int orders = GoodFiles.ORDERS.size();
        long later = Math.max(0, snapshots - 1);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(QuoteUpdatedEvent.class.getName(), (long) GoodFiles.INSTRUMENTS.size() * marketFiles);
        counts.put(MarketDataFileAcceptedEvent.class.getName(), (long) marketFiles);
        counts.put(StartOfDayPositionsSetEvent.class.getName(), (long) startOfDayFiles);
        counts.put(EndOfDayPositionsRecordedEvent.class.getName(), (long) endOfDayFiles);
        counts.put(WorkingOrderSnapshotAppliedEvent.class.getName(), (long) snapshots);
        counts.put(OrderWorkingEvent.class.getName(), snapshots > 0 ? orders : 0L);
        counts.put(OrderAmendedEvent.class.getName(), orders * later);
        counts.put(OrderFilledEvent.class.getName(), orders * later);
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    /** Every key in Redis, and each value the good files determine. */
    public void assertRedis(RedisClusterCommands<String, String> redis) {
        // A guarded key's companion seq:{key} holds the index of the last event written to it, and
        // outlives a value written empty (deleted): bookkeeping, not data. The risk monitor's P&L
        // samples are taken on the clock from the live view, not written by events (ADR 0015). The
        // projection:* keys are the rebuilds' bookkeeping (ADR 0024).
        Set<String> data = new TreeSet<>();
        for (String key : redis.keys("*")) {
            if (!key.startsWith("seq:{")
                    && !key.startsWith("risk:pnl:")
                    && !key.startsWith("risk:pnl-accounts:")
                    && !key.startsWith("projection:")) {
                data.add(key);
            }
        }
        assertThat(data).isEqualTo(keys());
        int n = marketFiles - 1;
        for (int i = 0; i < GoodFiles.INSTRUMENTS.size(); i++) {
            Map<String, String> quote = redis.hgetall("actant:market:" + GoodFiles.INSTRUMENTS.get(i));
            assertThat(new BigDecimal(quote.get("bid"))).isEqualByComparingTo(GoodFiles.bid(n, i));
            assertThat(new BigDecimal(quote.get("ask"))).isEqualByComparingTo(GoodFiles.ask(n, i));
            assertThat(quote)
                    .containsEntry("volume", Integer.toString(n))
                    .containsEntry("timestamp", Long.toString(lastMarketTime.getEpochSecond()));
        }
        assertThat(redis.get("last_update:actant:market")).isEqualTo(Long.toString(lastMarketTime.getEpochSecond()));
        assertOrders(redis);
        startOfDay.forEach((date, file) -> assertThat(redis.hgetall("positions:sod:" + date))
                .isEqualTo(positions(file, (a, i, position) -> Long.toString(position))));
        assertThat(redis.zrange("positions:sod-dates", 0, -1))
                .containsExactlyInAnyOrderElementsOf(
                        startOfDay.keySet().stream().map(LocalDate::toString).toList());
        endOfDay.forEach((date, file) -> {
            Map<String, String> rows = redis.hgetall("positions:eod:" + date);
            assertThat(rows.keySet())
                    .isEqualTo(positions(file, (a, i, position) -> "").keySet());
            positions(file, (a, i, position) -> Long.toString(position))
                    .forEach((pair, position) -> assertThat(
                                    json(rows.get(pair)).path("position").asText())
                            .as(date + " " + pair)
                            .isEqualTo(position));
        });
    }

    private void assertOrders(RedisClusterCommands<String, String> redis) {
        if (snapshots == 0) {
            return;
        }
        int n = snapshots - 1;
        Map<String, String> active = redis.hgetall("tt:orders:active");
        assertThat(active.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        GoodFiles.ORDERS.stream().map(GoodFiles.Order::id).toList());
        Map<String, Long> fills = new HashMap<>();
        for (GoodFiles.Order order : GoodFiles.ORDERS) {
            JsonNode json = json(active.get(order.id()));
            assertThat(json.path("price").decimalValue()).isEqualByComparingTo(GoodFiles.orderPrice(n));
            assertThat(json.path("filled_qty").asLong()).isEqualTo(n);
            assertThat(redis.hget("tt:orders:instrument:" + order.instrument(), order.id()))
                    .isEqualTo(active.get(order.id()));
            fills.merge(order.account() + "|" + order.instrument(), order.signed(n), Long::sum);
        }
        assertThat(redis.get("last_update:tt:orders")).isEqualTo(Long.toString(lastSnapshotTime.getEpochSecond()));
        Map<String, Long> filled = new HashMap<>();
        redis.hgetall("positions:fills:" + FILL_DATE)
                .forEach((field, qty) ->
                        filled.merge(field.substring(0, field.lastIndexOf('|')), Long.parseLong(qty), Long::sum));
        assertThat(filled).isEqualTo(n == 0 ? Map.of() : fills);
    }

    private Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        if (marketFiles > 0) {
            GoodFiles.INSTRUMENTS.forEach(i -> keys.addAll(Set.of("actant:market:" + i, "ladder:" + i)));
            keys.add("last_update:actant:market");
            GoodFiles.INSTRUMENTS.forEach(i -> keys.add("instruments:mark:" + i));
            keys.addAll(Set.of("instruments:all", "instruments:sequence"));
        }
        if (snapshots > 0) {
            keys.addAll(Set.of("tt:orders:active", "last_update:tt:orders"));
            GoodFiles.BOOK_INSTRUMENTS.forEach(i -> keys.add("tt:orders:instrument:" + i));
        }
        if (snapshots > 1) {
            keys.addAll(Set.of("positions:fills:" + FILL_DATE, "positions:fill-dates"));
            keys.addAll(Set.of("risk:fills:" + FILL_DATE, "risk:fill-dates"));
        }
        startOfDay.keySet().forEach(date -> keys.addAll(Set.of("positions:sod:" + date, "risk:sod:" + date)));
        if (!startOfDay.isEmpty()) {
            keys.addAll(Set.of("positions:sod-dates", "risk:sod-dates"));
        }
        endOfDay.keySet().forEach(date -> keys.addAll(Set.of("positions:eod:" + date, "risk:settlements:" + date)));
        if (!endOfDay.isEmpty()) {
            keys.add("risk:settlement-dates");
        }
        if (snapshots > 1 || !startOfDay.isEmpty() || !endOfDay.isEmpty()) {
            keys.add("risk:sequence");
        }
        return keys;
    }

    private interface Cell {
        String of(int account, int instrument, long position);
    }

    private static Map<String, String> positions(int file, Cell cell) {
        Map<String, String> rows = new HashMap<>();
        for (int a = 0; a < GoodFiles.ACCOUNTS.size(); a++) {
            for (int i = 0; i < GoodFiles.BOOK_INSTRUMENTS.size(); i++) {
                rows.put(
                        GoodFiles.ACCOUNTS.get(a) + "|" + GoodFiles.BOOK_INSTRUMENTS.get(i),
                        cell.of(a, i, GoodFiles.position(file, a, i)));
            }
        }
        return rows;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
