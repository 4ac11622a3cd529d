package com.frgm.dashboard.query.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The risk book port in maps, keyed as the Redis store keys it (fills by event id). */
final class InMemoryRiskBookStore implements RiskBookStore {

    private final TreeMap<LocalDate, StartOfDay> starts = new TreeMap<>();
    private final TreeMap<LocalDate, Settlements> settlements = new TreeMap<>();
    private final TreeMap<LocalDate, Map<String, Fill>> fills = new TreeMap<>();
    private long sequence;

    @Override
    public void write(List<Write> writes) {
        for (Write write : writes) {
            if (write instanceof StartOfDaySet sod) {
                starts.put(sod.set().date(), sod.set());
                sequence = Math.max(sequence, sod.sequence());
            } else if (write instanceof SettlementsSet eod) {
                settlements.put(eod.settlements().date(), eod.settlements());
                sequence = Math.max(sequence, eod.sequence());
            } else if (write instanceof FillRecorded fill) {
                fills.computeIfAbsent(fill.date(), d -> new LinkedHashMap<>()).put(fill.eventId(), fill.fill());
                sequence = Math.max(sequence, fill.sequence());
            }
        }
    }

    @Override
    public Optional<StartOfDay> latestStartOfDay() {
        return starts.isEmpty()
                ? Optional.empty()
                : Optional.of(starts.lastEntry().getValue());
    }

    @Override
    public Optional<Settlements> settlementsBefore(LocalDate date) {
        return Optional.ofNullable(settlements.lowerEntry(date)).map(Map.Entry::getValue);
    }

    @Override
    public List<Fill> fillsSince(LocalDate from) {
        List<Fill> since = new ArrayList<>();
        fills.tailMap(from, true).values().forEach(day -> since.addAll(day.values()));
        since.sort(Comparator.comparing(Fill::at));
        return since;
    }

    @Override
    public long sequence() {
        return sequence;
    }
}
