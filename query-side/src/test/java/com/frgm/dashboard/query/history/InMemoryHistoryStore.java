package com.frgm.dashboard.query.history;

import com.frgm.dashboard.api.history.HistoryPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The history tables as a map by primary key; can be told to refuse some items, as DynamoDB might. */
final class InMemoryHistoryStore implements HistoryStore {

    final Map<List<Object>, HistoryItem> items = new LinkedHashMap<>();
    int writes;
    Predicate<HistoryItem> refuses = item -> false;

    @Override
    public void write(List<HistoryItem> batch) {
        writes++;
        if (batch.stream().anyMatch(refuses)) {
            throw new IllegalStateException("refused");
        }
        batch.forEach(item -> items.put(item.key(), item));
    }

    @Override
    public HistoryPage query(HistoryTable table, String partition, Object from, Object to, int limit, String cursor) {
        return page(
                item -> item.table() == table
                        && partition.equals(item.attributes().get(table.partitionKey()))
                        && within(item.attributes().get(table.sortKey()), from, to),
                table.sortKey(),
                limit,
                cursor);
    }

    @Override
    public HistoryPage endOfDayByAccount(String accountDate, int limit, String cursor) {
        return page(
                item -> item.table() == HistoryTable.END_OF_DAY
                        && accountDate.equals(item.attributes().get("account_date")),
                "instrument_id",
                limit,
                cursor);
    }

    List<HistoryItem> in(HistoryTable table) {
        return items.values().stream().filter(item -> item.table() == table).toList();
    }

    private HistoryPage page(Predicate<HistoryItem> match, String sortKey, int limit, String cursor) {
        List<HistoryItem> all =
                new ArrayList<>(items.values().stream().filter(match).toList());
        all.sort(Comparator.comparing(item -> String.valueOf(item.attributes().get(sortKey))));
        int start = cursor == null ? 0 : Integer.parseInt(cursor);
        int end = Math.min(all.size(), start + limit);
        List<Map<String, Object>> page =
                all.subList(start, end).stream().map(HistoryItem::attributes).toList();
        return new HistoryPage(page, end < all.size() ? Integer.toString(end) : null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean within(Object value, Object from, Object to) {
        Comparable v = (Comparable) value;
        return (from == null || v.compareTo(from) >= 0) && (to == null || v.compareTo(to) <= 0);
    }
}
