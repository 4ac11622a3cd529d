package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.PnlPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Where the monitor keeps each account's P&amp;L samples per start-of-day date; Redis in production. */
public interface PnlStore {

    /** Stores the sample of its time bucket, replacing one an earlier pass or another node stored there. */
    void record(LocalDate startOfDay, String account, PnlPoint point);

    /** Accounts with samples for the date. */
    Set<String> accounts(LocalDate startOfDay);

    /** The account's samples for the date, oldest first. */
    List<PnlPoint> series(LocalDate startOfDay, String account);
}
