package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.query.orders.WorkingOrderStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The working-order store port in memory, with the per-instrument index the Redis store keeps. */
final class InMemoryWorkingOrderStore implements WorkingOrderStore {

    private final Map<String, Map<String, WorkingOrder>> byInstrument = new TreeMap<>();

    @Override
    public void write(List<Write> writes) {
        for (Write write : writes) {
            if (write instanceof Put put) {
                WorkingOrder order = put.order();
                in(order.instrument()).put(order.orderId(), order);
                if (put.movedFrom() != null) {
                    in(put.movedFrom()).remove(order.orderId());
                }
            } else if (write instanceof Remove remove) {
                in(remove.lastSeen().instrument()).remove(remove.lastSeen().orderId());
            }
        }
    }

    @Override
    public List<WorkingOrder> ordersIn(String instrument) {
        return List.copyOf(byInstrument.getOrDefault(instrument, Map.of()).values());
    }

    /** Instruments with at least one working order. */
    Set<String> instruments() {
        byInstrument.values().removeIf(Map::isEmpty);
        return byInstrument.keySet();
    }

    /** Every order, instrument by instrument, each in the order the store keeps them. */
    List<WorkingOrder> all() {
        List<WorkingOrder> all = new ArrayList<>();
        byInstrument.values().forEach(orders -> all.addAll(orders.values()));
        return all;
    }

    void restore(List<WorkingOrder> saved) {
        byInstrument.clear();
        saved.forEach(order -> in(order.instrument()).put(order.orderId(), order));
    }

    private Map<String, WorkingOrder> in(String instrument) {
        return byInstrument.computeIfAbsent(instrument, i -> new LinkedHashMap<>());
    }
}
