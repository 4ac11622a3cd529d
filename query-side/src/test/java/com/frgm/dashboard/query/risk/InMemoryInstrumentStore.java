package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.InstrumentMark;
import com.frgm.dashboard.query.instruments.InstrumentStore;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The instrument store port in a map; a mark older than the stored one is dropped, as Redis's guard does. */
final class InMemoryInstrumentStore implements InstrumentStore {

    private final Map<String, InstrumentMark> marks = new TreeMap<>();
    private long sequence;

    @Override
    public void write(List<InstrumentMark> writes) {
        for (InstrumentMark mark : writes) {
            InstrumentMark stored = marks.get(mark.instrument());
            if (stored == null || stored.eventSequence() < mark.eventSequence()) {
                marks.put(mark.instrument(), mark);
            }
            sequence = Math.max(sequence, mark.eventSequence());
        }
    }

    @Override
    public Map<String, InstrumentMark> marks() {
        return Map.copyOf(marks);
    }

    @Override
    public long sequence() {
        return sequence;
    }
}
