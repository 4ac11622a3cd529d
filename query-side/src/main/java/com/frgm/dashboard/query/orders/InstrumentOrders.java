package com.frgm.dashboard.query.orders;

import com.frgm.dashboard.api.orders.FetchInstrumentOrdersQuery;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.orders.OrderLevel;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.FetchLivePositionsQuery;
import com.frgm.dashboard.api.positions.LivePosition;
import com.frgm.dashboard.api.positions.LivePositionsView;
import com.frgm.dashboard.query.positions.PositionsProjection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;

/**
 * What the ladder shows beside the market: our open quantity per price and the live position.
 * Composed at read time from the two read models, so neither projection depends on the other.
 */
public class InstrumentOrders {

    private final WorkingOrderStore orders;
    private final PositionsProjection positions;

    public InstrumentOrders(WorkingOrderStore orders, PositionsProjection positions) {
        this.orders = orders;
        this.positions = positions;
    }

    @QueryHandler
    public InstrumentOrdersView handle(FetchInstrumentOrdersQuery query) {
        List<WorkingOrder> working = new ArrayList<>(orders.ordersIn(query.instrument()));
        working.sort(Comparator.comparing(WorkingOrder::price).reversed().thenComparing(WorkingOrder::orderId));
        LivePositionsView live = positions.handle(new FetchLivePositionsQuery(null, query.instrument()));
        Long position = live.positions().isEmpty()
                ? null
                : live.positions().stream().mapToLong(LivePosition::live).sum();
        boolean incomplete = live.positions().stream().anyMatch(LivePosition::mayBeIncomplete);
        return new InstrumentOrdersView(query.instrument(), levels(working), working, position, incomplete);
    }

    static List<OrderLevel> levels(List<WorkingOrder> working) {
        Map<BigDecimal, long[]> byPrice = new TreeMap<>(Comparator.reverseOrder());
        for (WorkingOrder order : working) {
            long[] qty = byPrice.computeIfAbsent(order.price().stripTrailingZeros(), p -> new long[2]);
            qty[order.side() == OrderSide.BUY ? 0 : 1] += Math.max(0, order.openQty());
        }
        List<OrderLevel> levels = new ArrayList<>(byPrice.size());
        byPrice.forEach((price, qty) -> levels.add(new OrderLevel(plain(price), qty[0], qty[1])));
        return levels;
    }

    private static BigDecimal plain(BigDecimal price) {
        return price.scale() < 0 ? price.setScale(0) : price;
    }
}
