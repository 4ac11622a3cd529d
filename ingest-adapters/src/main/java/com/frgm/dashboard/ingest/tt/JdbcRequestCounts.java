package com.frgm.dashboard.ingest.tt;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The TT daily request count in {@code tt_request_budget}: one atomic statement per request. */
final class JdbcRequestCounts implements DailyRequestBudget.Counts {

    private final JdbcTemplate jdbc;

    JdbcRequestCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryTake(LocalDate day, long cap) {
        if (cap <= 0) {
            return false;
        }
        List<Long> taken = jdbc.queryForList("""
                INSERT INTO tt_request_budget (day, used) VALUES (?, 1)
                ON CONFLICT (day) DO UPDATE SET used = tt_request_budget.used + 1
                    WHERE tt_request_budget.used < ?
                RETURNING used""", Long.class, Date.valueOf(day), cap);
        return !taken.isEmpty();
    }

    @Override
    public long used(LocalDate day) {
        List<Long> used =
                jdbc.queryForList("SELECT used FROM tt_request_budget WHERE day = ?", Long.class, Date.valueOf(day));
        return used.isEmpty() ? 0 : used.get(0);
    }
}
