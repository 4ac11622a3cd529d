package com.frgm.dashboard.api.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * Risk of every account holding something since the latest start-of-day set (docs/risk.md).
 *
 * @param startOfDayDate the business date of the start-of-day positions (null before any)
 * @param settlementDate the end-of-day file whose settlement prices are the reference (the latest
 *                       before {@code startOfDayDate}; null when there is none)
 * @param eventSequence  the newest event reflected, for ordering answers read at different times
 */
public record RiskView(
        LocalDate startOfDayDate, LocalDate settlementDate, long eventSequence, List<AccountRisk> accounts) {

    public RiskView {
        accounts = List.copyOf(accounts);
    }
}
