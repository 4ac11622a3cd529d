package com.frgm.dashboard.api.orders;

/** Our working orders and live position in one instrument; answered with an {@link InstrumentOrdersView}. */
public record FetchInstrumentOrdersQuery(String instrument) {}
