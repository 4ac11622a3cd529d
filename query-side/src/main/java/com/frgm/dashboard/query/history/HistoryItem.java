package com.frgm.dashboard.query.history;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One item for a history table: attribute name to a {@link String} or a {@link Number} (stored
 * as DynamoDB's N). Absent values are simply not there. Built only from event fields, so
 * replaying an event builds an equal item.
 */
public record HistoryItem(HistoryTable table, Map<String, Object> attributes) {

    public HistoryItem {
        Objects.requireNonNull(table, "table");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Objects.requireNonNull(attributes.get(table.partitionKey()), table.partitionKey());
        Objects.requireNonNull(attributes.get(table.sortKey()), table.sortKey());
    }

    /** Table and primary key: two items with the same key are the same DynamoDB item. */
    public List<Object> key() {
        return List.of(table, attributes.get(table.partitionKey()), attributes.get(table.sortKey()));
    }
}
