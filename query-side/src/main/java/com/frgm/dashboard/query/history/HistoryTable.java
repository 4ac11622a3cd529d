package com.frgm.dashboard.query.history;

/**
 * The DynamoDB history tables of docs/feeds.md 7 and their keys. The physical name adds
 * {@code -{env}}. End-of-day rows are keyed by instrument and {@code business_date#account}
 * (ADR 0009), so two accounts holding one instrument never overwrite each other.
 */
public enum HistoryTable {
    MARKET_DATA("ActantMarketData", "instrument_id", false, "timestamp", true),
    END_OF_DAY("ActantEODData", "instrument_id", false, "date_account", false),
    START_OF_DAY("ActantSODData", "account_date", false, "instrument_id", false),
    WORKING_ORDERS("TTWorkingOrders", "order_id", false, "timestamp", true);

    /** The end-of-day table's index by {@code account_date} (pk) and {@code instrument_id} (sk). */
    public static final String EOD_BY_ACCOUNT_INDEX = "account_date-index";
    /** The working-order table's TTL attribute: epoch seconds. */
    public static final String EXPIRE_TIME = "expire_time";

    private final String baseName;
    private final String partitionKey;
    private final boolean numericPartitionKey;
    private final String sortKey;
    private final boolean numericSortKey;

    HistoryTable(
            String baseName, String partitionKey, boolean numericPartitionKey, String sortKey, boolean numericSortKey) {
        this.baseName = baseName;
        this.partitionKey = partitionKey;
        this.numericPartitionKey = numericPartitionKey;
        this.sortKey = sortKey;
        this.numericSortKey = numericSortKey;
    }

    public String tableName(String env) {
        return baseName + "-" + env;
    }

    public String partitionKey() {
        return partitionKey;
    }

    public boolean numericPartitionKey() {
        return numericPartitionKey;
    }

    public String sortKey() {
        return sortKey;
    }

    public boolean numericSortKey() {
        return numericSortKey;
    }
}
