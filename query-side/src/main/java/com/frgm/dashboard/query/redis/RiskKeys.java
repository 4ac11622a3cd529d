package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.risk.RiskLimitKind;
import java.time.LocalDate;

/** The Redis keys of the instruments, risk and limits read models and of the P&amp;L samples (README, "Redis keys"). */
final class RiskKeys {

    /** Sorted set (all scores 0, so in name order): every instrument seen. */
    static final String INSTRUMENTS = "instruments:all";
    /** String per instrument: its mark as JSON (prices, Greeks, underlying, multiplier). */
    static final String MARK_PREFIX = "instruments:mark:";
    /** String: the newest event the instruments projection applied. */
    static final String INSTRUMENTS_SEQUENCE = "instruments:sequence";
    /** String per business date: the start-of-day set with average prices, as JSON. */
    static final String SOD_PREFIX = "risk:sod:";

    static final String SOD_DATES = "risk:sod-dates";
    /** Hash per end-of-day date: instrument -> settlement price. */
    static final String SETTLEMENTS_PREFIX = "risk:settlements:";

    static final String SETTLEMENT_DATES = "risk:settlement-dates";
    /** Hash per business date: event id -> the fill as JSON (account, instrument, signed quantity, price, time). */
    static final String FILLS_PREFIX = "risk:fills:";

    static final String FILL_DATES = "risk:fill-dates";
    /** String: the newest event the risk projection applied. */
    static final String RISK_SEQUENCE = "risk:sequence";
    /** String per limit and account ({@code risk:limit:DELTA:RISK01}): the open breach as JSON, or {@code cleared}. */
    static final String LIMIT_PREFIX = "risk:limit:";
    /** Sorted set: {@code LIMIT|account} of every limit that has had an event. */
    static final String LIMIT_INDEX = "risk:limit-index";
    /** Hash per start-of-day date and account: sample time (epoch s) -> P&amp;L. Expires after a few days. */
    static final String PNL_PREFIX = "risk:pnl:";
    /** Sorted set per start-of-day date: accounts with P&amp;L samples. */
    static final String PNL_ACCOUNTS_PREFIX = "risk:pnl-accounts:";

    private RiskKeys() {}

    static String mark(String instrument) {
        return MARK_PREFIX + instrument;
    }

    static String startOfDay(LocalDate date) {
        return SOD_PREFIX + date;
    }

    static String settlements(LocalDate date) {
        return SETTLEMENTS_PREFIX + date;
    }

    static String fills(LocalDate date) {
        return FILLS_PREFIX + date;
    }

    static String limit(RiskLimitKind kind, String account) {
        return LIMIT_PREFIX + kind + ":" + account;
    }

    static String pnl(LocalDate date, String account) {
        return PNL_PREFIX + date + ":" + account;
    }

    static String pnlAccounts(LocalDate date) {
        return PNL_ACCOUNTS_PREFIX + date;
    }
}
