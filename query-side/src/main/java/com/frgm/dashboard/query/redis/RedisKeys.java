package com.frgm.dashboard.query.redis;

/**
 * Every Redis key and channel the dashboard writes. The {@code actant:*} and
 * {@code last_update:*} keys are the seed's (FEEDS.md section 6), kept exactly; the
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

    private RedisKeys() {
    }

    public static String market(String instrument) {
        return MARKET_PREFIX + instrument;
    }

    public static String ladder(String instrument) {
        return LADDER_PREFIX + instrument;
    }
}
