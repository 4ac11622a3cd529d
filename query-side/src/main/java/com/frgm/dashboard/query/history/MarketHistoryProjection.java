package com.frgm.dashboard.query.history;

import com.frgm.dashboard.api.history.FetchQuoteHistoryQuery;
import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;

/** Every quote change into {@code ActantMarketData-{env}}, and the quotes of a time range back out. */
@ProcessingGroup(MarketHistoryProjection.PROCESSING_GROUP)
public class MarketHistoryProjection {

    public static final String PROCESSING_GROUP = "history-market";

    private final HistoryStore store;
    private final HistoryBatch batch;

    public MarketHistoryProjection(HistoryStore store, DeadLetters deadLetters) {
        this.store = store;
        this.batch = new HistoryBatch(PROCESSING_GROUP, store, deadLetters);
    }

    @EventHandler
    void on(QuoteUpdatedEvent event, EventMessage<?> message) {
        batch.add(message, List.of(HistoryItems.quote(event.feedId(), event.fileKey(), event.quote())));
    }

    @QueryHandler
    public HistoryPage handle(FetchQuoteHistoryQuery query) {
        return store.query(
                HistoryTable.MARKET_DATA,
                query.instrument(),
                query.from().toEpochMilli(),
                query.to().toEpochMilli(),
                query.limit(),
                query.cursor());
    }
}
