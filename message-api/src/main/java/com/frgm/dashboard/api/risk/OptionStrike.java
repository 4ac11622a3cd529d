package com.frgm.dashboard.api.risk;

import java.math.BigDecimal;

/** One strike of an option chain; {@code call} or {@code put} is null when that side is not quoted. */
public record OptionStrike(BigDecimal strike, InstrumentMark call, InstrumentMark put) {}
