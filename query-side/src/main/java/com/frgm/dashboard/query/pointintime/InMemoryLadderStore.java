package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.query.ladder.LadderStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The ladder store port in memory: what Redis would hold under {@code ladder:{instrument}}. It keeps
 * the newest quote of each instrument and builds its ladder when asked: a replay applies many quotes
 * of an instrument for every ladder anyone reads.
 */
final class InMemoryLadderStore implements LadderStore {

    /** The newest quote write of each instrument, or a ladder restored from a checkpoint. */
    private final Map<String, Supplier<LadderView>> ladders = new TreeMap<>();

    @Override
    public void write(List<Write> writes) {
        for (Write write : writes) {
            if (write instanceof QuoteWrite quote) {
                ladders.put(quote.quote().instrument(), quote::ladder);
            }
        }
    }

    @Override
    public Optional<LadderView> read(String instrument) {
        return Optional.ofNullable(ladders.get(instrument)).map(Supplier::get);
    }

    List<LadderView> all() {
        return ladders.values().stream().map(Supplier::get).toList();
    }

    void restore(List<LadderView> saved) {
        ladders.clear();
        saved.forEach(ladder -> ladders.put(ladder.instrument(), () -> ladder));
    }
}
