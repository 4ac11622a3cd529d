package com.frgm.dashboard.api.marketdata;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A market-data file was applied in full. Stored in the same transaction as the quotes it
 * changed, after them. {@code unchangedRows} equalled the instrument's last state;
 * {@code staleRows} were older than it (a late file) and were not applied.
 */
@Revision("1")
public record MarketDataFileAcceptedEvent(
        String feedId,
        String fileKey,
        String contentSha256,
        Instant fileTime,
        int rows,
        int changedRows,
        int unchangedRows,
        int staleRows) {}
