package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;

/**
 * One account's position in one instrument: {@code startOfDay + filled = live}. {@code avgPrice} is
 * the average price of the open position (start-of-day avg_price, moved by fills at their prices;
 * null where unknown or flat); {@code lastPrice} the instrument's last price (null before a quote).
 */
public record BookPosition(
        String account,
        String instrument,
        String underlying,
        long startOfDay,
        long filled,
        long live,
        BigDecimal avgPrice,
        BigDecimal lastPrice) {}
