package com.frgm.dashboard.api.ladder;

import java.math.BigDecimal;

/** One price of the ladder with the size bid and offered there (null when none). */
public record LadderLevel(BigDecimal price, Long bidSize, Long askSize) {}
