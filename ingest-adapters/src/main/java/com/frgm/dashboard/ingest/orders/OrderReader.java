package com.frgm.dashboard.ingest.orders;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.ingest.file.Problems;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads one order object of a snapshot into its raw fields, then has {@link OrderChecks} turn
 * them into a {@link WorkingOrder}. Unknown fields are skipped unread, whatever they hold.
 */
final class OrderReader {

    static final Set<String> KNOWN =
            Set.of("order_id", "account", "instrument", "side", "price", "qty", "filled_qty", "status", "updated_at");

    private final Problems problems;
    /** order_id to the line it first appeared on: a snapshot lists each order once. */
    private final Map<String, Integer> seenIds = new HashMap<>();

    OrderReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads the object the parser stands on (its {@code START_OBJECT}) and leaves the parser on its
     * {@code END_OBJECT}.
     *
     * @param path the order's place in the file, e.g. {@code orders[3]}, used to name its fields
     * @return the order, or null when it has problems (all of them reported)
     */
    WorkingOrder read(JsonParser json, String path) throws IOException {
        int line = WorkingOrderJsonParser.line(json.currentTokenLocation());
        Map<String, RawField> fields = new HashMap<>();
        boolean valid = true;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken token = json.nextToken();
            int valueLine = WorkingOrderJsonParser.line(json.currentTokenLocation());
            boolean structured = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
            RawField field = new RawField(token, structured ? null : json.getText(), valueLine);
            json.skipChildren();
            if (!KNOWN.contains(name)) {
                continue;
            }
            if (fields.putIfAbsent(name, field) != null) {
                problems.add(valueLine, path + "." + name, field.text(), "field `" + name + "` appears more than once");
                valid = false;
            }
        }
        OrderChecks checks = new OrderChecks(problems, path, line, fields);
        WorkingOrder order = checks.order();
        // Checked even when the order is otherwise bad, so that the report names every duplicate.
        valid &= unique(checks.orderId(), fields.get("order_id"), path);
        return valid ? order : null;
    }

    private boolean unique(String orderId, RawField field, String path) {
        if (orderId == null) {
            return true;
        }
        Integer first = seenIds.putIfAbsent(orderId, field.line());
        if (first != null) {
            problems.add(
                    field.line(),
                    path + ".order_id",
                    field.text(),
                    "order_id " + orderId + " already appeared on line " + first);
            return false;
        }
        return true;
    }
}
