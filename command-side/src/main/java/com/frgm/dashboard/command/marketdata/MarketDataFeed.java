package com.frgm.dashboard.command.marketdata;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.frgm.dashboard.api.feeds.FeedResumedEvent;
import com.frgm.dashboard.api.feeds.FeedStalledEvent;
import com.frgm.dashboard.api.feeds.MarkFeedStalledCommand;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.marketdata.RecordMarketSnapshotCommand;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One market-data feed ({@code SOURCE_EXCHANGE.PRODUCT}): the last quote of each of its
 * instruments. A file is one command, so all of its events share one unit of work and one
 * transaction. Unchanged rows produce no event; the latest {@link QuoteUpdatedEvent} of an
 * instrument is therefore its exact state at any instant.
 */
@Aggregate(snapshotTriggerDefinition = "marketDataSnapshotTrigger", cache = "marketDataCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class MarketDataFeed {

    @AggregateIdentifier
    private String feedId;

    private Map<String, MarketQuote> lastQuotes = new HashMap<>();
    private Instant lastFileTime;
    private String lastFileKey;
    /** When the feed was noticed stalled, or null while it flows. */
    private Instant stalledSince;

    MarketDataFeed() {
        // for Axon and snapshot deserialisation
    }

    /** Returns the number of events the file produced. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(RecordMarketSnapshotCommand command) {
        requireUniqueInstruments(command);
        int resumed = 0;
        if (stalledSince != null) {
            apply(new FeedResumedEvent(command.feedId(), command.fileKey(), command.fileTime(), stalledSince));
            resumed = 1;
        }
        int changed = 0;
        int unchanged = 0;
        int stale = 0;
        for (MarketQuote quote : command.quotes()) {
            MarketQuote last = lastQuotes.get(quote.instrument());
            if (last != null && quote.timestamp().isBefore(last.timestamp())) {
                stale++;
            } else if (quote.sameMarketAs(last)) {
                unchanged++;
            } else {
                apply(new QuoteUpdatedEvent(command.feedId(), command.fileKey(), quote));
                changed++;
            }
        }
        apply(new MarketDataFileAcceptedEvent(
                command.feedId(),
                command.fileKey(),
                command.contentSha256(),
                command.fileTime(),
                command.quotes().size(),
                changed,
                unchanged,
                stale));
        return resumed + changed + 1;
    }

    /** Returns the number of events: 0 when the feed is already stalled or has moved on since. */
    @CommandHandler
    int handle(MarkFeedStalledCommand command) {
        if (stalledSince != null || !command.lastFileKey().equals(lastFileKey)) {
            return 0;
        }
        apply(new FeedStalledEvent(
                command.feedId(),
                command.lastFileKey(),
                command.lastFileArrival(),
                command.stallAfter(),
                command.detectedAt()));
        return 1;
    }

    private static void requireUniqueInstruments(RecordMarketSnapshotCommand command) {
        Set<String> seen = new HashSet<>();
        for (MarketQuote quote : command.quotes()) {
            if (!seen.add(quote.instrument())) {
                throw new IllegalArgumentException(
                        "instrument " + quote.instrument() + " appears twice in " + command.fileKey());
            }
        }
    }

    @EventSourcingHandler
    void on(QuoteUpdatedEvent event) {
        feedId = event.feedId();
        lastQuotes.put(event.quote().instrument(), event.quote());
    }

    @EventSourcingHandler
    void on(MarketDataFileAcceptedEvent event) {
        feedId = event.feedId();
        lastFileTime = event.fileTime();
        lastFileKey = event.fileKey();
    }

    @EventSourcingHandler
    void on(FeedStalledEvent event) {
        stalledSince = event.detectedAt();
    }

    @EventSourcingHandler
    void on(FeedResumedEvent event) {
        stalledSince = null;
    }
}
