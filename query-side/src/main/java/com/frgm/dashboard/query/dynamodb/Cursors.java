package com.frgm.dashboard.query.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A page's {@code LastEvaluatedKey} as an opaque URL-safe string and back. Key attributes are
 * only ever S or N here, written {@code name=S:value} or {@code name=N:value}, one per line.
 */
public final class Cursors {

    private Cursors() {
    }

    static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(lastEvaluatedKey).forEach((name, value) -> text.append(name).append('=')
                .append(value.n() != null ? "N:" + value.n() : "S:" + value.s()).append('\n'));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException with a message for the caller when the cursor is not one of ours */
    static Map<String, AttributeValue> decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                String type = line.substring(eq + 1, eq + 3);
                String value = line.substring(eq + 3);
                key.put(line.substring(0, eq), switch (type) {
                    case "N:" -> AttributeValue.fromN(new java.math.BigDecimal(value).toPlainString());
                    case "S:" -> AttributeValue.fromS(value);
                    default -> throw new IllegalArgumentException(type);
                });
            }
            return key;
        } catch (RuntimeException e) {
            throw new InvalidCursorException();
        }
    }

    /** A {@code cursor} parameter that no page of ours handed out. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        public InvalidCursorException() {
            super("cursor is not a 'next' value from an earlier page");
        }
    }
}
