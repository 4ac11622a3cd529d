package com.frgm.dashboard.query.history;

import com.frgm.dashboard.api.history.HistoryPage;
import java.util.List;

/** The port the history projections write and read through; DynamoDB in production, maps in unit tests. */
public interface HistoryStore {

    /**
     * Writes the items, retrying what the store could not take yet; throws once it gives up.
     * The last of several items with one key wins.
     */
    void write(List<HistoryItem> items);

    /** Items of one partition whose sort key lies in {@code [from, to]} (null: unbounded), in sort-key order. */
    HistoryPage query(HistoryTable table, String partition, Object from, Object to, int limit, String cursor);

    /** End-of-day rows of one account and business date, by instrument. */
    HistoryPage endOfDayByAccount(String accountDate, int limit, String cursor);
}
