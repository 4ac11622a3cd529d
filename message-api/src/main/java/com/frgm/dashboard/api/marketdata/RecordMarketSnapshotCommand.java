package com.frgm.dashboard.api.marketdata;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Apply one accepted market-data file to its feed. The whole file is one command so that all of
 * its events are stored in one transaction, or none are.
 */
public record RecordMarketSnapshotCommand(
        @TargetAggregateIdentifier String feedId,
        String fileKey,
        String contentSha256,
        Instant fileTime,
        List<MarketQuote> quotes) {

    public RecordMarketSnapshotCommand {
        quotes = List.copyOf(quotes);
    }
}
