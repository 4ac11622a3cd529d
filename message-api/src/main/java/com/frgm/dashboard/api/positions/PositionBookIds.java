package com.frgm.dashboard.api.positions;

import java.time.LocalDate;

/** One position book per business date: its start-of-day and end-of-day files. */
public final class PositionBookIds {

    private PositionBookIds() {}

    public static String of(LocalDate businessDate) {
        return "positions:" + businessDate;
    }
}
