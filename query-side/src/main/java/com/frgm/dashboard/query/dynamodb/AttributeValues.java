package com.frgm.dashboard.query.dynamodb;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** History attributes to DynamoDB's and back: text is S, numbers are N, written as exact decimals. */
final class AttributeValues {

    private AttributeValues() {}

    static AttributeValue of(Object value) {
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof BigDecimal d) {
            return AttributeValue.fromN(d.toPlainString());
        }
        if (value instanceof Long || value instanceof Integer) {
            return AttributeValue.fromN(value.toString());
        }
        throw new IllegalArgumentException("A history attribute is text or a whole or decimal number, not "
                + (value == null ? "null" : value.getClass().getName()));
    }

    static Map<String, AttributeValue> item(Map<String, Object> attributes) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        attributes.forEach((name, value) -> item.put(name, of(value)));
        return item;
    }

    /** Back to plain values for JSON; attributes of other types (not written by us) are skipped. */
    static Map<String, Object> plain(Map<String, AttributeValue> item) {
        Map<String, Object> plain = new LinkedHashMap<>();
        new java.util.TreeMap<>(item).forEach((name, value) -> {
            if (value.s() != null) {
                plain.put(name, value.s());
            } else if (value.n() != null) {
                plain.put(name, new BigDecimal(value.n()));
            }
        });
        return plain;
    }
}
