package com.frgm.dashboard.api.orders;

/** Side of a working order; a buy fill adds to the position, a sell fill takes from it. */
public enum OrderSide {
    BUY,
    SELL;

    public long signed(long quantity) {
        return this == BUY ? quantity : -quantity;
    }
}
