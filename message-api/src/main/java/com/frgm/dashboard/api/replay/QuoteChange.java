package com.frgm.dashboard.api.replay;

import java.math.BigDecimal;

/** One ladder level whose sizes differ between the two instants; a size is null where the level was empty. */
public record QuoteChange(
        String instrument, BigDecimal price, Long bidSizeA, Long bidSizeB, Long askSizeA, Long askSizeB) {}
