package com.frgm.dashboard.query.playback;

import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.ladder.LadderLevel;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.LivePosition;
import com.frgm.dashboard.api.replay.OrderChange;
import com.frgm.dashboard.api.replay.PositionChange;
import com.frgm.dashboard.api.replay.QuoteChange;
import com.frgm.dashboard.api.replay.StateDiffView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** What changed between two point-in-time states: per ladder level, per order, per position. */
final class StateDiff {

    private StateDiff() {}

    static StateDiffView between(StateAtView a, StateAtView b) {
        return new StateDiffView(
                a.at(),
                b.at(),
                a.clock(),
                a.instrument(),
                a.lastGlobalIndex(),
                b.lastGlobalIndex(),
                quotes(a, b),
                orders(a, b),
                positions(a, b));
    }

    private static List<QuoteChange> quotes(StateAtView a, StateAtView b) {
        Map<String, LadderView> before = byInstrument(a.ladders());
        Map<String, LadderView> after = byInstrument(b.ladders());
        TreeSet<String> instruments = new TreeSet<>(before.keySet());
        instruments.addAll(after.keySet());
        List<QuoteChange> changes = new ArrayList<>();
        for (String instrument : instruments) {
            // Keyed by value, so 110.50 and 110.5 are one level.
            Map<BigDecimal, LadderLevel> levelsA = levels(before.get(instrument));
            Map<BigDecimal, LadderLevel> levelsB = levels(after.get(instrument));
            TreeSet<BigDecimal> prices = new TreeSet<>(levelsA.keySet());
            prices.addAll(levelsB.keySet());
            for (BigDecimal price : prices.descendingSet()) {
                LadderLevel levelA = levelsA.get(price);
                LadderLevel levelB = levelsB.get(price);
                Long bidA = levelA == null ? null : levelA.bidSize();
                Long bidB = levelB == null ? null : levelB.bidSize();
                Long askA = levelA == null ? null : levelA.askSize();
                Long askB = levelB == null ? null : levelB.askSize();
                if (!Objects.equals(bidA, bidB) || !Objects.equals(askA, askB)) {
                    changes.add(new QuoteChange(
                            instrument, (levelB == null ? levelA : levelB).price(), bidA, bidB, askA, askB));
                }
            }
        }
        return changes;
    }

    private static List<OrderChange> orders(StateAtView a, StateAtView b) {
        Map<String, WorkingOrder> before = ordersById(a.orders());
        Map<String, WorkingOrder> after = ordersById(b.orders());
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<OrderChange> changes = new ArrayList<>();
        for (String id : ids) {
            WorkingOrder orderA = before.get(id);
            WorkingOrder orderB = after.get(id);
            if (orderA == null) {
                changes.add(new OrderChange(id, OrderChange.ADDED, null, orderB));
            } else if (orderB == null) {
                changes.add(new OrderChange(id, OrderChange.REMOVED, orderA, null));
            } else if (!same(orderA, orderB)) {
                changes.add(new OrderChange(id, OrderChange.CHANGED, orderA, orderB));
            }
        }
        return changes;
    }

    private static List<PositionChange> positions(StateAtView a, StateAtView b) {
        Map<String, LivePosition> before = positionsByKey(a);
        Map<String, LivePosition> after = positionsByKey(b);
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<PositionChange> changes = new ArrayList<>();
        for (String key : keys) {
            LivePosition positionA = before.get(key);
            LivePosition positionB = after.get(key);
            long liveA = positionA == null ? 0 : positionA.live();
            long liveB = positionB == null ? 0 : positionB.live();
            if (liveA != liveB) {
                LivePosition either = positionB == null ? positionA : positionB;
                changes.add(new PositionChange(either.account(), either.instrument(), liveA, liveB));
            }
        }
        return changes;
    }

    /** The same order as far as the desk cares: price by value, quantities, status. */
    private static boolean same(WorkingOrder a, WorkingOrder b) {
        return a.price().compareTo(b.price()) == 0
                && a.qty() == b.qty()
                && a.filledQty() == b.filledQty()
                && Objects.equals(a.status(), b.status())
                && a.side() == b.side();
    }

    private static Map<String, LadderView> byInstrument(List<LadderView> ladders) {
        Map<String, LadderView> map = new TreeMap<>();
        ladders.forEach(ladder -> map.put(ladder.instrument(), ladder));
        return map;
    }

    private static Map<BigDecimal, LadderLevel> levels(LadderView ladder) {
        Map<BigDecimal, LadderLevel> map = new TreeMap<>();
        if (ladder != null) {
            ladder.levels().forEach(level -> map.put(level.price(), level));
        }
        return map;
    }

    private static Map<String, WorkingOrder> ordersById(List<InstrumentOrdersView> views) {
        Map<String, WorkingOrder> map = new TreeMap<>();
        views.forEach(view -> view.orders().forEach(order -> map.put(order.orderId(), order)));
        return map;
    }

    private static Map<String, LivePosition> positionsByKey(StateAtView view) {
        Map<String, LivePosition> map = new TreeMap<>();
        if (view.positions() != null) {
            view.positions().positions().forEach(p -> map.put(p.account() + "|" + p.instrument(), p));
        }
        return map;
    }
}
