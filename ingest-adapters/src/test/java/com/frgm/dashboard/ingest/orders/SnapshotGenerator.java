package com.frgm.dashboard.ingest.orders;

import static com.frgm.dashboard.ingest.testsupport.RandomValues.chance;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.decimal;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.id;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.intBetween;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.longBetween;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.range;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.string;

import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.ingest.testsupport.RandomValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Random valid snapshots, written as different TT writers might, with the orders they hold. */
final class SnapshotGenerator {

    private static final String STATUS_TEXT = range(' ', '~') + "\"\\\n\t€é";
    private static final List<String> JUNK =
            List.of("{\"a\":[1,{\"b\":null}]}", "[]", "null", "true", "-1.5e3", "\"x\\\"y\"", "{}");

    record Snapshot(String json, List<WorkingOrder> orders) {}

    private SnapshotGenerator() {}

    static Snapshot snapshot(RandomGenerator random) {
        List<WorkingOrder> orders = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int size = intBetween(random, 0, 25);
        while (orders.size() < size) {
            WorkingOrder order = order(random);
            if (ids.add(order.orderId())) {
                orders.add(order);
            }
        }
        String space = random.nextBoolean() ? "" : random.nextBoolean() ? "\n " : "\r\n";
        List<String> objects = orders.stream().map(o -> write(random, o, space)).toList();
        String array = "[" + space + String.join("," + space, objects) + space + "]";
        String json = chance(random, 0.3)
                ? "{\"source\":\"tt\"," + space + "\"orders\":" + array + ",\"meta\":" + RandomValues.pick(random, JUNK)
                        + "}"
                : array;
        return new Snapshot((chance(random, 0.1) ? "\uFEFF" : "") + json + space, orders);
    }

    private static WorkingOrder order(RandomGenerator random) {
        long qty = longBetween(random, 1, Long.MAX_VALUE);
        return new WorkingOrder(
                random.nextBoolean() ? Long.toString(longBetween(random, 0, Long.MAX_VALUE)) : id(random),
                id(random),
                id(random),
                random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL,
                decimal(random, -2_000_000_000L, 2_000_000_000L),
                qty,
                longBetween(random, 0, qty),
                chance(random, 0.5) ? string(random, STATUS_TEXT, 0, 12) : null,
                chance(random, 0.5) ? Instant.ofEpochMilli(longBetween(random, 0, 4_102_444_800_000L)) : null);
    }

    /** Fields in random order, optional ones absent, null or default, plus unknown fields. */
    private static String write(RandomGenerator random, WorkingOrder o, String space) {
        List<String> fields = new ArrayList<>();
        boolean numericId =
                o.orderId().chars().allMatch(Character::isDigit) && o.orderId().length() < 19;
        fields.add("\"order_id\":" + (numericId && random.nextBoolean() ? o.orderId() : quote(o.orderId())));
        fields.add("\"account\":" + quote(o.account()));
        fields.add("\"instrument\":" + quote(o.instrument()));
        String side = o.side().name();
        fields.add("\"side\":" + quote(random.nextBoolean() ? side : side.toLowerCase(Locale.ROOT)));
        fields.add("\"price\":" + o.price());
        fields.add("\"qty\":" + o.qty());
        if (o.filledQty() != 0 || chance(random, 0.5)) {
            fields.add("\"filled_qty\":" + o.filledQty());
        }
        fields.add("\"status\":" + (o.status() == null ? "null" : quote(o.status())));
        if (o.updatedAt() != null) {
            fields.add("\"updated_at\":"
                    + (random.nextBoolean()
                            ? o.updatedAt().toEpochMilli()
                            : quote(o.updatedAt().toString())));
        }
        if (chance(random, 0.3)) {
            fields.add("\"venue\":" + RandomValues.pick(random, JUNK));
        }
        RandomValues.shuffle(random, fields);
        return "{" + String.join("," + space, fields) + "}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append(unicodeEscape(c));
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String unicodeEscape(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
