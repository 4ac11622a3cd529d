package com.frgm.dashboard.api.history;

import java.util.List;
import java.util.Map;

/**
 * One page of history rows, each the stored item's attributes (numbers as decimals, text as
 * strings). {@code next} is the cursor for the following page, or null on the last one.
 */
public record HistoryPage(List<Map<String, Object>> items, String next) {

    public HistoryPage {
        items = List.copyOf(items);
    }
}
