package com.frgm.dashboard.api.marketdata;

import java.math.BigDecimal;

/**
 * One depth level of a book side as the feed sent it: {@code level} is the feed's N (2..10),
 * {@code size} is null when the feed left it empty.
 */
public record PriceLevel(int level, BigDecimal price, Long size) {}
