package com.frgm.dashboard.api.risk;

/** Every instrument seen, grouped by product and underlying; answered with an {@link InstrumentsView}. */
public record FetchInstrumentsQuery() {}
