package com.frgm.dashboard.query.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

class LadderProjectionTest {

    private final InMemoryLadderStore store = new InMemoryLadderStore();
    private final List<Instant> lags = new ArrayList<>();
    private final LadderProjection projection = new LadderProjection(store, lags::add);

    @Test
    void storesTheLadderOfAnUpdatedQuoteWithItsGlobalIndex() {
        QuoteUpdatedEvent event = new QuoteUpdatedEvent("GE_XCME.ZN", "a.csv", LaddersTest.futureQuote());

        projection.on(event, new GlobalSequenceTrackingToken(7), Instant.now());

        LadderView ladder = projection.handle(new FetchLadderQuery("ZNH24"));
        assertThat(ladder).isEqualTo(Ladders.from(event.quote(), 7));
        assertThat(lags).hasSize(1);
    }

    @Test
    void redeliveryWritesTheSameState() {
        QuoteUpdatedEvent event = new QuoteUpdatedEvent("GE_XCME.ZN", "a.csv", LaddersTest.futureQuote());
        projection.on(event, new GlobalSequenceTrackingToken(7), Instant.now());
        Map<String, LadderView> once = new HashMap<>(store.ladders);

        projection.on(event, new GlobalSequenceTrackingToken(7), Instant.now());

        assertThat(store.ladders).isEqualTo(once);
    }

    @Test
    void recordsTheFileTimeOfTheLastAcceptedFile() {
        Instant fileTime = Instant.parse("2024-01-15T10:39:39Z");
        projection.on(
                new MarketDataFileAcceptedEvent("GE_XCME.ZN", "b.csv", "sha", fileTime, 3, 3, 0, 0),
                new GlobalSequenceTrackingToken(8),
                Instant.now());

        assertThat(store.lastFileTime).isEqualTo(fileTime);
    }

    @Test
    void answersNothingForAnUnknownInstrument() {
        assertThat(projection.handle(new FetchLadderQuery("NOPE"))).isNull();
    }

    private static final class InMemoryLadderStore implements LadderStore {
        final Map<String, LadderView> ladders = new HashMap<>();
        Instant lastFileTime;

        @Override
        public void write(List<Write> writes) {
            for (Write write : writes) {
                if (write instanceof QuoteWrite quote) {
                    ladders.put(quote.quote().instrument(), quote.ladder());
                } else if (write instanceof FileWrite file) {
                    lastFileTime = file.fileTime();
                }
            }
        }

        @Override
        public Optional<LadderView> read(String instrument) {
            return Optional.ofNullable(ladders.get(instrument));
        }
    }
}
