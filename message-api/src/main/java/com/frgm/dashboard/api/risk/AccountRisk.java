package com.frgm.dashboard.api.risk;

import java.util.List;

/**
 * One account's risk per underlying (sorted), their sum, and every price the arithmetic missed with
 * what it assumed instead.
 */
public record AccountRisk(String account, List<UnderlyingRisk> underlyings, RiskTotal total, List<RiskNote> notes) {

    public AccountRisk {
        underlyings = List.copyOf(underlyings);
        notes = List.copyOf(notes);
    }
}
