package com.frgm.dashboard.api.replay;

import com.frgm.dashboard.api.orders.WorkingOrder;

/**
 * One of our working orders that differs between the two instants.
 *
 * @param change {@code added} (working at b only: {@code a} is null), {@code removed} (at a only:
 *               {@code b} is null) or {@code changed} (price, quantity, fills or status)
 */
public record OrderChange(String orderId, String change, WorkingOrder a, WorkingOrder b) {

    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String CHANGED = "changed";
}
