package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.RiskTotal;
import com.frgm.dashboard.api.risk.UnderlyingRisk;
import com.frgm.dashboard.query.risk.RiskBookStore.Fill;
import java.math.BigDecimal;

/** Running sums of position, Greeks and P&amp;L over instruments (docs/risk.md). */
final class Figures {

    private long position;
    private BigDecimal delta = BigDecimal.ZERO;
    private BigDecimal gamma = BigDecimal.ZERO;
    private BigDecimal vega = BigDecimal.ZERO;
    private BigDecimal theta = BigDecimal.ZERO;
    private BigDecimal pnl = BigDecimal.ZERO;

    /** Adds one instrument held: its live position's Greeks and its P&amp;L since start of day. */
    void add(Line line, RiskArithmetic.Holding holding, RiskArithmetic arithmetic) {
        BigDecimal live = BigDecimal.valueOf(holding.live());
        BigDecimal multiplier = line.multiplier();
        position += holding.live();
        delta = delta.add(live.multiply(line.delta()));
        gamma = gamma.add(live.multiply(line.gamma()).multiply(multiplier));
        vega = vega.add(live.multiply(line.vega()).multiply(multiplier));
        theta = theta.add(live.multiply(line.theta()).multiply(multiplier));
        BigDecimal last = line.last();
        if (last == null) {
            return;
        }
        if (holding.held != null) {
            BigDecimal reference = arithmetic.reference(holding.held, line.notes());
            if (reference != null) {
                pnl = pnl.add(BigDecimal.valueOf(holding.held.position())
                        .multiply(last.subtract(reference))
                        .multiply(multiplier));
            }
        }
        for (Fill fill : holding.fills) {
            pnl = pnl.add(BigDecimal.valueOf(fill.signedQty())
                    .multiply(last.subtract(fill.price()))
                    .multiply(multiplier));
        }
    }

    void add(Figures other) {
        position += other.position;
        delta = delta.add(other.delta);
        gamma = gamma.add(other.gamma);
        vega = vega.add(other.vega);
        theta = theta.add(other.theta);
        pnl = pnl.add(other.pnl);
    }

    UnderlyingRisk underlying(String underlying) {
        return new UnderlyingRisk(
                underlying,
                position,
                Decimals.plain(delta),
                Decimals.plain(gamma),
                Decimals.plain(vega),
                Decimals.plain(theta),
                Decimals.plain(pnl));
    }

    RiskTotal total() {
        return new RiskTotal(
                position,
                Decimals.plain(delta),
                Decimals.plain(gamma),
                Decimals.plain(vega),
                Decimals.plain(theta),
                Decimals.plain(pnl));
    }
}
