package com.frgm.dashboard.api.orders;

import java.math.BigDecimal;

/** Our open (unfilled) quantity working at one price, per side; 0 when none. */
public record OrderLevel(BigDecimal price, long workingBuyQty, long workingSellQty) {}
