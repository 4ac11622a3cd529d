package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.RiskLimitBreach;
import com.frgm.dashboard.api.risk.RiskLimitKind;
import java.util.List;

/** The port the limits projection writes through; Redis in production, a map in unit tests and point in time. */
public interface RiskLimitStore {

    /** Stores each limit's state unless a newer event ({@code sequence}) already wrote it. */
    void write(List<LimitState> states);

    /** Every breach not cleared, sorted by account then limit. */
    List<RiskLimitBreach> openBreaches();

    /** One account's limit: breached ({@code breach}) or cleared (null). */
    record LimitState(String account, RiskLimitKind limit, RiskLimitBreach breach, long sequence) {}
}
