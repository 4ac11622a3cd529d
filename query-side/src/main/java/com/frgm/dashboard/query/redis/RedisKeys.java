package com.frgm.dashboard.query.redis;

/**
 * Every Redis key and channel the dashboard writes. The {@code actant:*} and
 * {@code last_update:*} keys are the seed's (docs/feeds.md section 6), kept exactly; the
 * {@code ladder:*} ones are the project's own (README, "Redis keys").
 */
public final class RedisKeys {

    /** Hash: price, bid, ask, volume, timestamp (epoch seconds of the quote) and more. */
    public static final String MARKET_PREFIX = "actant:market:";
    /** String: epoch seconds (file-name time) of the last market-data file applied. */
    public static final String MARKET_LAST_UPDATE = "last_update:actant:market";
    /** String: the instrument's ladder as JSON, exactly what the API returns. */
    public static final String LADDER_PREFIX = "ladder:";
    /** Pub/sub channel: each new ladder as JSON, for every dashboard process's live streams. */
    public static final String LADDER_CHANNEL = "ladder:updates";

    /** Hash (docs/feeds.md 6): order_id -> the working order as JSON, in the snapshot's field names. */
    public static final String ORDERS_ACTIVE = "tt:orders:active";
    /** String: epoch seconds of the last working-order snapshot applied. */
    public static final String ORDERS_LAST_UPDATE = "last_update:tt:orders";
    /** Hash per instrument: order_id -> order JSON, the ladder's working quantity. */
    public static final String ORDERS_BY_INSTRUMENT_PREFIX = "tt:orders:instrument:";
    /** Hash per business date: account|instrument -> start-of-day position. */
    public static final String SOD_PREFIX = "positions:sod:";
    /** Sorted set: business dates with a start-of-day set, scored by epoch day. */
    public static final String SOD_DATES = "positions:sod-dates";
    /** Hash per business date: account|instrument -> end-of-day row as JSON. */
    public static final String EOD_PREFIX = "positions:eod:";
    /** Hash per business date: account|instrument|event id -> signed fill quantity. */
    public static final String FILLS_PREFIX = "positions:fills:";
    /** Sorted set: business dates with fills, scored by epoch day. */
    public static final String FILL_DATES = "positions:fill-dates";
    /** Hash per business date: account|instrument|order id -> open quantity when the order left the snapshots. */
    public static final String UNCONFIRMED_PREFIX = "positions:unconfirmed:";
    /** Sorted set: business dates with unconfirmed orders, scored by epoch day. */
    public static final String UNCONFIRMED_DATES = "positions:unconfirmed-dates";
    /** Pub/sub channel: an instrument whose orders or position changed. */
    public static final String ORDERS_CHANNEL = "orders:updates";

    private RedisKeys() {}

    public static String market(String instrument) {
        return MARKET_PREFIX + instrument;
    }

    public static String ladder(String instrument) {
        return LADDER_PREFIX + instrument;
    }

    public static String ordersIn(String instrument) {
        return ORDERS_BY_INSTRUMENT_PREFIX + instrument;
    }
}
