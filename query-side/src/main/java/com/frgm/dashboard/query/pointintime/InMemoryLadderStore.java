package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.query.ladder.LadderStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The ladder store port in memory: what Redis would hold under {@code ladder:{instrument}}. */
final class InMemoryLadderStore implements LadderStore {

    private final Map<String, LadderView> ladders = new TreeMap<>();

    @Override
    public void write(List<Write> writes) {
        for (Write write : writes) {
            if (write instanceof QuoteWrite quote) {
                ladders.put(quote.quote().instrument(), quote.ladder());
            }
        }
    }

    @Override
    public Optional<LadderView> read(String instrument) {
        return Optional.ofNullable(ladders.get(instrument));
    }

    List<LadderView> all() {
        return List.copyOf(ladders.values());
    }

    void restore(List<LadderView> saved) {
        ladders.clear();
        saved.forEach(ladder -> ladders.put(ladder.instrument(), ladder));
    }
}
