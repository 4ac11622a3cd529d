package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.query.risk.RiskBookStore.Fill;
import com.frgm.dashboard.query.risk.RiskBookStore.Held;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The average price of an open position: fills that add to it average in at their prices, fills
 * that reduce it leave it, a fill through zero starts a new one at its price. Unknown (null) while a
 * start-of-day position without avg_price is open, and when flat.
 */
final class AveragePrice {

    private static final int SCALE = 8;

    private AveragePrice() {}

    static BigDecimal of(Held held, List<Fill> fills) {
        long position = held == null ? 0 : held.position();
        BigDecimal average = held == null ? null : held.avgPrice();
        for (Fill fill : fills.stream().sorted(Comparator.comparing(Fill::at)).toList()) {
            long quantity = fill.signedQty();
            long after = position + quantity;
            if (position == 0 || Long.signum(after) != Long.signum(position) && after != 0) {
                average = after == 0 ? null : fill.price();
            } else if (Long.signum(quantity) == Long.signum(position) && average != null) {
                average = average.multiply(BigDecimal.valueOf(Math.abs(position)))
                        .add(fill.price().multiply(BigDecimal.valueOf(Math.abs(quantity))))
                        .divide(BigDecimal.valueOf(Math.abs(after)), SCALE, RoundingMode.HALF_EVEN);
            }
            position = after;
        }
        return position == 0 ? null : average;
    }
}
