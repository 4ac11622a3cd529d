package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;
import java.time.Instant;

/** The account's P&amp;L since start of day as the risk monitor saw it at {@code at}. */
public record PnlPoint(Instant at, BigDecimal pnl) {}
