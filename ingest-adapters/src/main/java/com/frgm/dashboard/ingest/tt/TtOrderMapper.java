package com.frgm.dashboard.ingest.tt;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TT ledger orders to docs/feeds.md section 5 orders (ADR 0006):
 * <pre>
 * order_id    orderId (a number becomes its decimal text)
 * account     accountName, else accountId as text
 * instrument  securityDescription, a future's "ZN Mar24" shortened to "ZNH24"; else instrumentId as text
 * side        side: "1" (FIX Buy) or BUY/B -> BUY; "2", "5", "6" (FIX Sell, Sell short, Sell short exempt) or SELL/S -> SELL
 * price       price
 * qty         orderQty (a whole number > 0)
 * filled_qty  cumulatedQuantity, default 0
 * status      WORKING (every order written is working; filled_qty shows a partial fill)
 * updated_at  dateTime (epoch nanoseconds; micro-, milli- and plain seconds recognised by size), ISO-8601 UTC
 * </pre>
 * /orders returns working orders only; as a safety net an order is left out when its orderStatus is
 * a terminal FIX OrdStatus (2 filled, 3 done for day, 4 cancelled, 8 rejected, C expired) or the
 * same word, when leavesQuantity is 0, or when it is fully filled. An order whose required fields
 * cannot be mapped is left out with a warning rather than failing the snapshot: one odd order
 * should not freeze every other order on the desk's screen.
 */
final class TtOrderMapper {

    private static final Logger log = LoggerFactory.getLogger(TtOrderMapper.class);
    private static final Set<String> TERMINAL = Set.of(
            "2",
            "3",
            "4",
            "8",
            "C",
            "FILLED",
            "DONE_FOR_DAY",
            "DONEFORDAY",
            "CANCELED",
            "CANCELLED",
            "REJECTED",
            "EXPIRED");
    private static final Map<String, String> SIDES = Map.of(
            "1", "BUY", "BUY", "BUY", "B", "BUY", "2", "SELL", "5", "SELL", "6", "SELL", "SELL", "SELL", "S", "SELL");
    private static final Pattern FUTURE = Pattern.compile(
            "([A-Z0-9]+) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final String MONTH_CODES = "FGHJKMNQUVXZ";
    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

    private final TtMetrics metrics;

    TtOrderMapper(TtMetrics metrics) {
        this.metrics = metrics;
    }

    /** The working orders, in order_id order so equal snapshots are equal files. */
    List<SnapshotOrder> map(List<JsonNode> ttOrders) {
        List<SnapshotOrder> mapped = new ArrayList<>();
        for (JsonNode order : ttOrders) {
            if (!working(order)) {
                continue;
            }
            try {
                mapped.add(map(order));
            } catch (IllegalArgumentException e) {
                metrics.skippedOrder();
                log.warn(
                        "Left TT order {} out of the snapshot: {}",
                        text(order, "orderId").orElse("?"),
                        e.getMessage());
            }
        }
        mapped.sort(Comparator.comparing(SnapshotOrder::orderId));
        return mapped;
    }

    static boolean working(JsonNode order) {
        String status =
                text(order, "orderStatus").map(s -> s.toUpperCase(Locale.ROOT)).orElse("");
        if (TERMINAL.contains(status)) {
            return false;
        }
        JsonNode leaves = order.path("leavesQuantity");
        if (leaves.isNumber() && leaves.decimalValue().signum() <= 0) {
            return false;
        }
        JsonNode qty = order.path("orderQty");
        JsonNode filled = order.path("cumulatedQuantity");
        return !(qty.isNumber() && filled.isNumber() && filled.decimalValue().compareTo(qty.decimalValue()) >= 0);
    }

    private static SnapshotOrder map(JsonNode order) {
        String id = text(order, "orderId").orElseThrow(() -> new IllegalArgumentException("no orderId"));
        String account = text(order, "accountName")
                .or(() -> text(order, "accountId"))
                .orElseThrow(() -> new IllegalArgumentException("no accountName or accountId"));
        String instrument = text(order, "securityDescription")
                .map(TtOrderMapper::instrumentName)
                .or(() -> text(order, "instrumentId"))
                .orElseThrow(() -> new IllegalArgumentException("no securityDescription or instrumentId"));
        String sideCode = text(order, "side").orElse("");
        String side = SIDES.get(sideCode.toUpperCase(Locale.ROOT));
        if (side == null) {
            throw new IllegalArgumentException("side '" + sideCode + "' is neither buy nor sell");
        }
        BigDecimal price = decimal(order, "price").orElseThrow(() -> new IllegalArgumentException("no price"));
        long qty = whole(order, "orderQty").orElseThrow(() -> new IllegalArgumentException("no orderQty"));
        long filled = whole(order, "cumulatedQuantity").orElse(0L);
        if (qty <= 0 || filled < 0 || filled > qty) {
            throw new IllegalArgumentException("quantities out of range: orderQty " + qty + ", filled " + filled);
        }
        String updatedAt = order.path("dateTime").canConvertToLong()
                ? epochToInstant(order.path("dateTime").asLong()).toString()
                : null;
        return new SnapshotOrder(id, account, instrument, side, price, qty, filled, "WORKING", updatedAt);
    }

    /** "ZN Mar24" -> "ZNH24", the desk's (and Actant's) name for the future; anything else as TT gives it. */
    static String instrumentName(String description) {
        Matcher m = FUTURE.matcher(description.trim());
        if (!m.matches()) {
            return description.trim();
        }
        char month = MONTH_CODES.charAt(MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT)));
        return m.group(1).toUpperCase(Locale.ROOT) + month + m.group(3);
    }

    /** TT sends nanoseconds; smaller magnitudes are taken as micro-, milli- or plain seconds. */
    static Instant epochToInstant(long value) {
        if (value >= 100_000_000_000_000_000L) {
            return Instant.ofEpochSecond(0, value);
        } else if (value >= 100_000_000_000_000L) {
            return Instant.ofEpochSecond(value / 1_000_000, (value % 1_000_000) * 1_000);
        } else if (value >= 100_000_000_000L) {
            return Instant.ofEpochMilli(value);
        }
        return Instant.ofEpochSecond(value);
    }

    private static Optional<String> text(JsonNode order, String field) {
        JsonNode node = order.path(field);
        if (!node.isValueNode() || node.isNull()) {
            return Optional.empty();
        }
        String value = node.isNumber()
                ? node.decimalValue().toPlainString()
                : node.asText().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<BigDecimal> decimal(JsonNode order, String field) {
        JsonNode node = order.path(field);
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        try {
            return text(order, field).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a number");
        }
    }

    private static Optional<Long> whole(JsonNode order, String field) {
        return decimal(order, field).map(d -> {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(field + " " + d + " is not a whole number");
            }
        });
    }
}
