package com.frgm.dashboard.api.orders;

/**
 * The desk's TT working orders form one book: each snapshot is the complete set, so it is
 * compared with the whole of the last applied one.
 */
public final class WorkingOrderBookIds {

    public static final String TT = "tt-working-orders";

    private WorkingOrderBookIds() {}
}
