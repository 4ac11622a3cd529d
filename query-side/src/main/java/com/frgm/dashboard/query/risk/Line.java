package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.InstrumentMark;
import com.frgm.dashboard.api.risk.RiskNote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One instrument's mark as the arithmetic uses it, with each gap filled and noted: no quote at all
 * (Greeks and P&amp;L count 0, the instrument is its own underlying), no multiplier (1), a Greek
 * missing on an option (0). A future's absent delta is 1 and its other Greeks 0 by definition.
 */
final class Line {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final String instrument;
    private final InstrumentMark mark;
    private final List<RiskNote> notes;
    private final BigDecimal multiplier;

    Line(String instrument, InstrumentMark mark, List<RiskNote> notes) {
        this.instrument = instrument;
        this.mark = mark;
        this.notes = notes;
        if (mark == null) {
            notes.add(new RiskNote(instrument, "quote", "Greeks and P&L counted as 0"));
            multiplier = BigDecimal.ONE;
        } else if (mark.multiplier() == null) {
            notes.add(new RiskNote(instrument, "multiplier", "1"));
            multiplier = BigDecimal.ONE;
        } else {
            multiplier = mark.multiplier();
        }
    }

    String underlying() {
        return mark == null ? instrument : mark.underlyingOrSelf();
    }

    List<RiskNote> notes() {
        return notes;
    }

    BigDecimal multiplier() {
        return multiplier;
    }

    /** The last price, or when absent the mid of bid and ask, or the one side quoted; null without either. */
    static BigDecimal lastPrice(InstrumentMark mark) {
        if (mark.lastPrice() != null) {
            return mark.lastPrice();
        }
        if (mark.bid() != null && mark.ask() != null) {
            return mark.bid()
                    .add(mark.ask())
                    .divide(TWO, Math.max(mark.bid().scale(), mark.ask().scale()) + 1, RoundingMode.HALF_EVEN);
        }
        return mark.bid() != null ? mark.bid() : mark.ask();
    }

    /** The price P&amp;L is valued at; null (noted) when there is none. */
    BigDecimal last() {
        if (mark == null) {
            return null;
        }
        BigDecimal last = lastPrice(mark);
        if (last == null) {
            notes.add(new RiskNote(instrument, "last price", "P&L counted as 0"));
        } else if (mark.lastPrice() == null) {
            notes.add(new RiskNote(instrument, "last price", "mid or quoted side " + last.toPlainString()));
        }
        return last;
    }

    BigDecimal delta() {
        if (mark == null) {
            return BigDecimal.ZERO;
        }
        if (mark.delta() == null && mark.underlying() == null) {
            return BigDecimal.ONE;
        }
        return greek(mark.delta(), "delta");
    }

    BigDecimal gamma() {
        return mark == null ? BigDecimal.ZERO : greek(mark.gamma(), "gamma");
    }

    BigDecimal vega() {
        return mark == null ? BigDecimal.ZERO : greek(mark.vega(), "vega");
    }

    BigDecimal theta() {
        return mark == null ? BigDecimal.ZERO : greek(mark.theta(), "theta");
    }

    private BigDecimal greek(BigDecimal value, String name) {
        if (value != null) {
            return value;
        }
        if (mark.underlying() != null) {
            notes.add(new RiskNote(instrument, name, "0"));
        }
        return BigDecimal.ZERO;
    }
}
