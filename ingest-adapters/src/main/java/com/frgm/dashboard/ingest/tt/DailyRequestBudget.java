package com.frgm.dashboard.ingest.tt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Counts requests per UTC day against the plan's daily cap. The count lives in memory: a restart
 * starts from zero, which the default cap's margin to TT's own limit has to absorb.
 */
final class DailyRequestBudget {

    private final long cap;
    private final Clock clock;
    private LocalDate day;
    private long used;

    DailyRequestBudget(long cap, Clock clock) {
        this.cap = cap;
        this.clock = clock;
    }

    /** Takes one request from today's budget, or returns false when it is spent. */
    synchronized boolean tryTake() {
        roll();
        if (used >= cap) {
            return false;
        }
        used++;
        return true;
    }

    synchronized boolean exhausted() {
        roll();
        return used >= cap;
    }

    synchronized long used() {
        roll();
        return used;
    }

    long cap() {
        return cap;
    }

    synchronized LocalDate today() {
        roll();
        return day;
    }

    private void roll() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            used = 0;
        }
    }
}
