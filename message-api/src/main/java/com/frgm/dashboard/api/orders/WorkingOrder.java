package com.frgm.dashboard.api.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One order of a TT working-order snapshot, validated (docs/feeds.md section 5). {@code status} and
 * {@code updatedAt} are null when the snapshot left them out; {@code filledQty} is 0..qty.
 */
public record WorkingOrder(
        String orderId,
        String account,
        String instrument,
        OrderSide side,
        BigDecimal price,
        long qty,
        long filledQty,
        String status,
        Instant updatedAt) {

    public WorkingOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
    }

    /** Quantity still working in the market. */
    public long openQty() {
        return qty - filledQty;
    }

    /** A different price or quantity: an amendment (a fill alone is not one). */
    public boolean amends(WorkingOrder previous) {
        return previous.price.compareTo(price) != 0 || previous.qty != qty;
    }
}
