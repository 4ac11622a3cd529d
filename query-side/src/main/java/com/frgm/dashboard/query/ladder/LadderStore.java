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

    /** The quote's seed hash fields and its ladder; the ladder's event sequence orders the writes. */
    record QuoteWrite(MarketQuote quote, LadderView ladder) implements Write {}

    /** A market-data file was applied at {@code fileTime}, by the event at global index {@code sequence}. */
    record FileWrite(Instant fileTime, long sequence) implements Write {}
}
