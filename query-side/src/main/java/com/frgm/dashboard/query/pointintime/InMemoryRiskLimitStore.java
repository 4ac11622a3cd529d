package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.risk.RiskLimitBreach;
import com.frgm.dashboard.query.risk.RiskLimitStore;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The limit store port in memory: each account's limit breached or not. */
final class InMemoryRiskLimitStore implements RiskLimitStore {

    private final Map<String, RiskLimitBreach> open = new TreeMap<>();

    @Override
    public void write(List<LimitState> states) {
        for (LimitState state : states) {
            String key = state.account() + "|" + state.limit();
            if (state.breach() == null) {
                open.remove(key);
            } else {
                open.put(key, state.breach());
            }
        }
    }

    @Override
    public List<RiskLimitBreach> openBreaches() {
        return List.copyOf(open.values());
    }

    Map<String, RiskLimitBreach> saved() {
        return Map.copyOf(open);
    }

    void restore(Map<String, RiskLimitBreach> saved) {
        open.clear();
        open.putAll(saved);
    }
}
