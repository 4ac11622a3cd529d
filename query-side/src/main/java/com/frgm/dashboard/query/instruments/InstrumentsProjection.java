package com.frgm.dashboard.query.instruments;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.risk.FetchInstrumentsQuery;
import com.frgm.dashboard.api.risk.InstrumentMark;
import com.frgm.dashboard.api.risk.InstrumentsView;
import com.frgm.dashboard.query.projection.EventSequence;
import com.frgm.dashboard.query.projection.UnitOfWorkBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Every instrument seen, with its latest prices, Greeks, underlying and multiplier: the instruments
 * view and the marks the risk arithmetic values positions at. Each quote event carries the whole
 * quote, so each write is a pure function of one event.
 */
@ProcessingGroup(InstrumentsProjection.PROCESSING_GROUP)
public class InstrumentsProjection {

    public static final String PROCESSING_GROUP = "instruments";

    private final InstrumentStore store;
    private final UnitOfWorkBatch<InstrumentMark> batch;

    public InstrumentsProjection(InstrumentStore store) {
        this.store = store;
        this.batch = new UnitOfWorkBatch<>(PROCESSING_GROUP, store::write);
    }

    @EventHandler
    void on(QuoteUpdatedEvent event, TrackingToken token) {
        batch.add(mark(event.feedId(), event.quote(), EventSequence.of(token)));
    }

    @QueryHandler
    public InstrumentsView handle(FetchInstrumentsQuery query) {
        return new InstrumentsView(InstrumentChains.group(store.marks().values()), store.sequence());
    }

    static InstrumentMark mark(String feedId, MarketQuote quote, long sequence) {
        return new InstrumentMark(
                quote.instrument(),
                product(feedId),
                quote.underlying(),
                quote.price(),
                quote.bid(),
                quote.ask(),
                quote.delta(),
                quote.gamma(),
                quote.vega(),
                quote.theta(),
                quote.multiplier(),
                quote.timestamp(),
                sequence);
    }

    /** {@code SOURCE_EXCHANGE.PRODUCT} (FEEDS.md 1): the part after the last dot. */
    static String product(String feedId) {
        return feedId == null ? null : feedId.substring(feedId.lastIndexOf('.') + 1);
    }
}
