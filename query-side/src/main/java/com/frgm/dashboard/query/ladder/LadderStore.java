package com.frgm.dashboard.query.ladder;

import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The port the ladder projection writes through; Redis in production, a map in unit tests. */
public interface LadderStore {

    /**
     * Applies a batch of writes together and publishes each ladder to live subscribers. A write
     * whose event is not newer than the last one applied to its key changes nothing.
     */
    void write(List<Write> writes);

    Optional<LadderView> read(String instrument);

    /** One projected change. */
    sealed interface Write permits QuoteWrite, FileWrite {}

    /**
     * The quote of the event at global index {@code eventSequence}, which orders the writes. Its
     * ladder is built when a store asks for it, so that a store keeping only the newest quote of an
     * instrument (a replay's, in memory) builds one ladder, not one per quote.
     */
    record QuoteWrite(MarketQuote quote, long eventSequence) implements Write {

        public LadderView ladder() {
            return Ladders.from(quote, eventSequence);
        }
    }

    /** A market-data file was applied at {@code fileTime}, by the event at global index {@code sequence}. */
    record FileWrite(Instant fileTime, long sequence) implements Write {}
}
