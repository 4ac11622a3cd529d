package com.frgm.dashboard.api.risk;

import java.time.LocalDate;
import java.util.List;

/** P&amp;L samples since the start-of-day set of {@code startOfDayDate}, one series per account. */
public record PnlHistoryView(LocalDate startOfDayDate, List<PnlSeries> accounts) {

    public PnlHistoryView {
        accounts = List.copyOf(accounts);
    }
}
