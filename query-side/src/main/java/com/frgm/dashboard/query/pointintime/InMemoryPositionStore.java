package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.query.positions.PositionStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The position store port in memory, keyed as the Redis store keys it (fills by event id). */
final class InMemoryPositionStore implements PositionStore {

    private final TreeMap<LocalDate, Map<AccountInstrument, Long>> startOfDay = new TreeMap<>();
    private final TreeMap<LocalDate, Map<String, Fill>> fills = new TreeMap<>();
    private final TreeMap<LocalDate, Map<String, AccountInstrument>> unconfirmed = new TreeMap<>();

    @Override
    public void write(List<Write> writes) {
        for (Write write : writes) {
            if (write instanceof StartOfDaySet sod) {
                Map<AccountInstrument, Long> positions = new HashMap<>();
                for (StartOfDayPosition row : sod.positions()) {
                    positions.put(new AccountInstrument(row.account(), row.instrument()), row.position());
                }
                startOfDay.put(sod.date(), positions);
            } else if (write instanceof Fill fill) {
                fills.computeIfAbsent(fill.date(), d -> new HashMap<>())
                        .put(fill.pair().account() + "|" + fill.pair().instrument() + "|" + fill.eventId(), fill);
            } else if (write instanceof Unconfirmed gone) {
                unconfirmed.computeIfAbsent(gone.date(), d -> new HashMap<>()).put(gone.orderId(), gone.pair());
            } else if (write instanceof Confirmed back) {
                unconfirmed.getOrDefault(back.date(), new HashMap<>()).remove(back.orderId());
            }
        }
    }

    Snapshot snapshot() {
        List<SodDay> sod = new ArrayList<>();
        startOfDay.forEach((date, positions) -> {
            List<SodRow> rows = new ArrayList<>();
            positions.forEach((pair, position) -> rows.add(new SodRow(pair.account(), pair.instrument(), position)));
            sod.add(new SodDay(date, rows));
        });
        List<FillDay> fillDays = new ArrayList<>();
        fills.forEach((date, day) -> fillDays.add(new FillDay(date, new TreeMap<>(day))));
        List<UnconfirmedDay> gone = new ArrayList<>();
        unconfirmed.forEach((date, day) -> gone.add(new UnconfirmedDay(date, new TreeMap<>(day))));
        return new Snapshot(sod, fillDays, gone);
    }

    void restore(Snapshot snapshot) {
        startOfDay.clear();
        fills.clear();
        unconfirmed.clear();
        for (SodDay day : snapshot.startOfDay()) {
            Map<AccountInstrument, Long> positions = new HashMap<>();
            day.rows()
                    .forEach(row ->
                            positions.put(new AccountInstrument(row.account(), row.instrument()), row.position()));
            startOfDay.put(day.date(), positions);
        }
        snapshot.fills().forEach(day -> fills.put(day.date(), new HashMap<>(day.fills())));
        snapshot.unconfirmed().forEach(day -> unconfirmed.put(day.date(), new HashMap<>(day.orders())));
    }

    /** The store's content as plain lists, for a checkpoint. */
    record Snapshot(List<SodDay> startOfDay, List<FillDay> fills, List<UnconfirmedDay> unconfirmed) {}

    record SodDay(LocalDate date, List<SodRow> rows) {}

    record SodRow(String account, String instrument, long position) {}

    record FillDay(LocalDate date, Map<String, Fill> fills) {}

    record UnconfirmedDay(LocalDate date, Map<String, AccountInstrument> orders) {}

    @Override
    public Optional<LocalDate> latestStartOfDayDate() {
        return startOfDay.isEmpty() ? Optional.empty() : Optional.of(startOfDay.lastKey());
    }

    @Override
    public Map<AccountInstrument, Long> startOfDay(LocalDate date) {
        return startOfDay.getOrDefault(date, Map.of());
    }

    @Override
    public Map<AccountInstrument, Long> fillsSince(LocalDate from) {
        Map<AccountInstrument, Long> net = new HashMap<>();
        fills.tailMap(from, true)
                .values()
                .forEach(day -> day.values().forEach(fill -> net.merge(fill.pair(), fill.signedQty(), Long::sum)));
        return net;
    }

    @Override
    public Set<AccountInstrument> unconfirmedSince(LocalDate from) {
        Set<AccountInstrument> pairs = new HashSet<>();
        unconfirmed.tailMap(from, true).values().forEach(day -> pairs.addAll(day.values()));
        return pairs;
    }
}
