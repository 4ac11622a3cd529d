package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.AccountRisk;
import com.frgm.dashboard.api.risk.BookPosition;
import com.frgm.dashboard.api.risk.InstrumentMark;
import com.frgm.dashboard.api.risk.PositionBookView;
import com.frgm.dashboard.api.risk.RiskNote;
import com.frgm.dashboard.api.risk.RiskView;
import com.frgm.dashboard.api.risk.UnderlyingRisk;
import com.frgm.dashboard.query.risk.RiskBookStore.Fill;
import com.frgm.dashboard.query.risk.RiskBookStore.Held;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The risk and positions of every account from the start-of-day set, the previous business day's
 * settlement prices, the fills since and the instruments' marks, exactly as docs/risk.md writes
 * them down: per instrument held, delta = position x delta; gamma, vega, theta = position x Greek x
 * multiplier; P&amp;L = start-of-day position x (last - settlement) x multiplier + each fill x
 * (last - fill price) x multiplier; summed per underlying and per account. Decimal arithmetic
 * throughout; a missing price is noted with what was assumed instead.
 */
final class RiskArithmetic {

    private final RiskBookStore.StartOfDay start;
    private final RiskBookStore.Settlements settlements;
    private final Map<String, InstrumentMark> marks;
    private final long sequence;
    /** account -> instrument -> what it holds; sorted, so views come out sorted. */
    private final Map<String, Map<String, Holding>> book = new TreeMap<>();

    RiskArithmetic(
            RiskBookStore.StartOfDay start,
            RiskBookStore.Settlements settlements,
            List<Fill> fills,
            Map<String, InstrumentMark> marks,
            long sequence,
            String account) {
        this.start = start;
        this.settlements = settlements;
        this.marks = marks;
        this.sequence = sequence;
        if (start != null) {
            for (Held held : start.positions()) {
                if (held.position() != 0 && matches(account, held.account())) {
                    holding(held.account(), held.instrument()).held = held;
                }
            }
        }
        for (Fill fill : fills) {
            if (matches(account, fill.account())) {
                holding(fill.account(), fill.instrument()).fills.add(fill);
            }
        }
    }

    RiskView risk() {
        List<AccountRisk> accounts = new ArrayList<>();
        book.forEach((account, holdings) -> {
            List<RiskNote> notes = new ArrayList<>();
            Map<String, Figures> byUnderlying = new TreeMap<>();
            holdings.forEach((instrument, holding) -> {
                Line line = new Line(instrument, marks.get(instrument), notes);
                byUnderlying
                        .computeIfAbsent(line.underlying(), u -> new Figures())
                        .add(line, holding, this);
            });
            Figures total = new Figures();
            List<UnderlyingRisk> rows = new ArrayList<>();
            byUnderlying.forEach((underlying, figures) -> {
                rows.add(figures.underlying(underlying));
                total.add(figures);
            });
            accounts.add(new AccountRisk(account, rows, total.total(), notes));
        });
        return new RiskView(
                start == null ? null : start.date(),
                settlements == null ? null : settlements.date(),
                sequence,
                accounts);
    }

    PositionBookView positions() {
        List<BookPosition> rows = new ArrayList<>();
        book.forEach((account, holdings) -> holdings.forEach((instrument, holding) -> {
            InstrumentMark mark = marks.get(instrument);
            rows.add(new BookPosition(
                    account,
                    instrument,
                    mark == null ? instrument : mark.underlyingOrSelf(),
                    holding.startOfDay(),
                    holding.filled(),
                    holding.live(),
                    Decimals.plain(AveragePrice.of(holding.held, holding.fills)),
                    mark == null ? null : Decimals.plain(Line.lastPrice(mark))));
        }));
        return new PositionBookView(start == null ? null : start.date(), sequence, rows);
    }

    /**
     * The reference price of a start-of-day position: the settlement price, else the start-of-day
     * avg_price, else none (its P&amp;L is then left out); each fallback is noted.
     */
    BigDecimal reference(Held held, List<RiskNote> notes) {
        BigDecimal settle = settlements == null ? null : settlements.prices().get(held.instrument());
        if (settle != null) {
            return settle;
        }
        String missing = settlements == null
                ? "settlement price (no end-of-day file before " + start.date() + ")"
                : "settlement price of " + settlements.date();
        notes.add(new RiskNote(
                held.instrument(),
                missing,
                held.avgPrice() == null
                        ? "no P&L for the start-of-day position"
                        : "start-of-day avg_price " + held.avgPrice().toPlainString()));
        return held.avgPrice();
    }

    private Holding holding(String account, String instrument) {
        return book.computeIfAbsent(account, a -> new TreeMap<>()).computeIfAbsent(instrument, i -> new Holding());
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    /** One account's pair: its start-of-day row (null when it started flat) and its fills since. */
    static final class Holding {
        Held held;
        final List<Fill> fills = new ArrayList<>();

        long startOfDay() {
            return held == null ? 0 : held.position();
        }

        long filled() {
            return fills.stream().mapToLong(Fill::signedQty).sum();
        }

        long live() {
            return startOfDay() + filled();
        }
    }
}
