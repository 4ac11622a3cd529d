package com.frgm.dashboard.query.ladder;

import com.frgm.dashboard.api.marketdata.MarketQuote;

/** Lets tests in other packages use the ladder tests' sample quote. */
public final class LaddersTestAccess {

    private LaddersTestAccess() {}

    public static MarketQuote futureQuote() {
        return LaddersTest.futureQuote();
    }
}
