package com.frgm.dashboard.ingest.marketdata;

import java.util.Locale;

/** The market-data columns other than depth levels; the header name is the lower-case name. */
enum Field {
    INSTRUMENT,
    TIMESTAMP,
    BID,
    BID_SIZE,
    ASK,
    ASK_SIZE,
    PRICE,
    VOLUME,
    DELTA,
    GAMMA,
    VEGA,
    THETA,
    UNDERLYING,
    TICK_SIZE,
    MULTIPLIER;

    private final String header = name().toLowerCase(Locale.ROOT);

    String header() {
        return header;
    }
}
