package com.frgm.dashboard.ingest.marketdata;

import java.math.BigDecimal;

/** A book side, naming its columns and the direction its depth levels must move in. */
enum Side {
    BID("bid", "below"),
    ASK("ask", "above");

    static final int MAX_LEVEL = 10;

    private final String prefix;
    private final String beyond;

    Side(String prefix, String beyond) {
        this.prefix = prefix;
        this.beyond = beyond;
    }

    /** {@code bid} for level 1, {@code bid_N} for depth level N. */
    String priceColumn(int level) {
        return level == 1 ? prefix : prefix + "_" + level;
    }

    /** {@code bid_size} for level 1, {@code bid_size_N} for depth level N. */
    String sizeColumn(int level) {
        return level == 1 ? prefix + "_size" : prefix + "_size_" + level;
    }

    /** Bids strictly fall and asks strictly rise as the level number grows. */
    boolean isBeyond(BigDecimal price, BigDecimal previous) {
        int order = price.compareTo(previous);
        return this == BID ? order < 0 : order > 0;
    }

    /** "below" for bids, "above" for asks. */
    String beyond() {
        return beyond;
    }
}
