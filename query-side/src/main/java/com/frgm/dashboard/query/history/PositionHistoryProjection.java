package com.frgm.dashboard.query.history;

import com.frgm.dashboard.api.history.FetchPositionHistoryQuery;
import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Start-of-day rows into {@code ActantSODData-{env}} and end-of-day rows into
 * {@code ActantEODData-{env}}: one read model, the positions of a business date.
 */
@ProcessingGroup(PositionHistoryProjection.PROCESSING_GROUP)
public class PositionHistoryProjection {

    public static final String PROCESSING_GROUP = "history-positions";
    // The cursor's first character says which table the page continues in.
    private static final String SOD = "s";
    private static final String EOD = "e";

    private final HistoryStore store;
    private final HistoryBatch batch;

    public PositionHistoryProjection(HistoryStore store, DeadLetters deadLetters) {
        this.store = store;
        this.batch = new HistoryBatch(PROCESSING_GROUP, store, deadLetters);
    }

    @EventHandler
    void on(StartOfDayPositionsSetEvent event, EventMessage<?> message) {
        batch.add(
                message,
                event.positions().stream()
                        .map(row -> HistoryItems.startOfDay(event.businessDate(), event.fileKey(), row))
                        .toList());
    }

    @EventHandler
    void on(EndOfDayPositionsRecordedEvent event, EventMessage<?> message) {
        batch.add(
                message,
                event.positions().stream()
                        .map(row -> HistoryItems.endOfDay(event.businessDate(), event.fileKey(), row))
                        .toList());
    }

    /** Start-of-day rows (attribute {@code record} = {@code sod}), then end-of-day rows ({@code eod}). */
    @QueryHandler
    public HistoryPage handle(FetchPositionHistoryQuery query) {
        String accountDate = HistoryItems.accountDate(query.account(), query.businessDate());
        String cursor = query.cursor();
        List<java.util.Map<String, Object>> items = new ArrayList<>();
        if (cursor == null || cursor.startsWith(SOD)) {
            HistoryPage sod = store.query(
                    HistoryTable.START_OF_DAY,
                    accountDate,
                    null,
                    null,
                    query.limit(),
                    cursor == null ? null : cursor.substring(1));
            sod.items().forEach(item -> items.add(tagged(item, "sod")));
            if (sod.next() != null) {
                return new HistoryPage(items, SOD + sod.next());
            }
            cursor = null;
        } else {
            cursor = cursor.substring(1);
        }
        int room = query.limit() - items.size();
        if (room == 0) {
            return new HistoryPage(items, EOD);
        }
        HistoryPage eod =
                store.endOfDayByAccount(accountDate, room, cursor == null || cursor.isEmpty() ? null : cursor);
        eod.items().forEach(item -> items.add(tagged(item, "eod")));
        return new HistoryPage(items, eod.next() == null ? null : EOD + eod.next());
    }

    private static java.util.Map<String, Object> tagged(java.util.Map<String, Object> item, String record) {
        java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>(item);
        copy.put("record", record);
        return copy;
    }
}
