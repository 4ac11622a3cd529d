package com.frgm.dashboard.ingest.orders;

import com.fasterxml.jackson.core.JsonToken;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.ingest.file.BadValue;
import com.frgm.dashboard.ingest.file.Problems;
import com.frgm.dashboard.ingest.file.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of docs/feeds.md 5 for one order's fields. JSON types are taken as the feed writes them
 * and no further: a price or quantity must be a JSON number, since docs/feeds.md shows them as
 * numbers and nothing says a quoted number is meant; only {@code order_id} may be an integer
 * as well as a string (ids are text, but a writer printing a numeric id bare means the same id);
 * {@code updated_at} may be epoch milliseconds as docs/feeds.md 2 allows for any timestamp. A JSON
 * {@code null} is an absent field.
 */
final class OrderChecks {

    @FunctionalInterface
    private interface Check<T> {
        T apply(RawField field) throws BadValue;
    }

    private final Problems problems;
    private final String path;
    private final int line;
    private final Map<String, RawField> fields;
    private boolean valid = true;
    private String orderId;

    OrderChecks(Problems problems, String path, int line, Map<String, RawField> fields) {
        this.problems = problems;
        this.path = path;
        this.line = line;
        this.fields = fields;
    }

    /** The order, or null after reporting every problem of its fields. */
    WorkingOrder order() {
        orderId = required("order_id", OrderChecks::orderId);
        String account = required("account", f -> Values.accountId(string(f)));
        String instrument = required("instrument", f -> Values.instrumentId(string(f)));
        OrderSide side = required("side", OrderChecks::side);
        BigDecimal price = required("price", f -> Values.decimal(number(f)));
        Long qty = required("qty", OrderChecks::quantity);
        Long filled = optional("filled_qty", f -> filled(f, qty));
        String status = optional("status", OrderChecks::string);
        Instant updatedAt = optional("updated_at", OrderChecks::timestamp);
        if (!valid) {
            return null;
        }
        return new WorkingOrder(
                orderId, account, instrument, side, price, qty, filled == null ? 0 : filled, status, updatedAt);
    }

    /** The order's valid id, or null; known even when other fields are bad. */
    String orderId() {
        return orderId;
    }

    private <T> T required(String name, Check<T> check) {
        RawField field = fields.get(name);
        if (field == null || field.isNull()) {
            problems.add(line, path + "." + name, null, "required field `" + name + "` is missing");
            valid = false;
            return null;
        }
        return optional(name, check);
    }

    private <T> T optional(String name, Check<T> check) {
        RawField field = fields.get(name);
        if (field == null || field.isNull()) {
            return null;
        }
        try {
            return check.apply(field);
        } catch (BadValue e) {
            problems.add(field.line(), path + "." + name, field.text(), e.getMessage());
            valid = false;
            return null;
        }
    }

    private static String orderId(RawField field) throws BadValue {
        if (field.token() == JsonToken.VALUE_NUMBER_INT) {
            return Values.id("order", field.text());
        }
        if (field.isNumber()) {
            throw new BadValue("`" + field.text() + "` is not an integer: order_id must be a string or an integer");
        }
        return Values.id("order", string(field));
    }

    private static OrderSide side(RawField field) throws BadValue {
        String text = string(field).toUpperCase(Locale.ROOT);
        if (!text.equals("BUY") && !text.equals("SELL")) {
            throw new BadValue("`" + field.text() + "` is not BUY or SELL");
        }
        return OrderSide.valueOf(text);
    }

    private static Long quantity(RawField field) throws BadValue {
        long qty = Values.count(number(field));
        if (qty == 0) {
            throw new BadValue("qty must be greater than 0");
        }
        return qty;
    }

    private static Long filled(RawField field, Long qty) throws BadValue {
        long filled = Values.count(number(field));
        if (qty != null && filled > qty) {
            throw new BadValue("filled_qty " + filled + " is more than qty " + qty);
        }
        return filled;
    }

    private static Instant timestamp(RawField field) throws BadValue {
        if (field.token() != JsonToken.VALUE_NUMBER_INT && !field.isString()) {
            throw new BadValue("must be an ISO-8601 string or epoch milliseconds, found " + field.kind());
        }
        return Values.timestamp(field.text());
    }

    private static String string(RawField field) throws BadValue {
        if (!field.isString()) {
            throw new BadValue("must be a string, found " + field.kind());
        }
        return field.text();
    }

    private static String number(RawField field) throws BadValue {
        if (!field.isNumber()) {
            throw new BadValue("must be a JSON number, found " + field.kind());
        }
        return field.text();
    }
}
