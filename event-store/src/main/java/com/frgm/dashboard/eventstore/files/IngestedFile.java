package com.frgm.dashboard.eventstore.files;

import java.time.Instant;

/**
 * One accepted file as the registry records it. {@code identity} is what makes two deliveries
 * the same file (see the feed kind); {@code contentSha256} the hash of its bytes. {@code feedId} is the feed within its kind
 * (for market data {@code SOURCE_EXCHANGE.PRODUCT}); {@code fileTime} is its business time, null
 * when the file has none; {@code rows} counts its data rows or orders.
 */
public record IngestedFile(
        String identity,
        String contentSha256,
        String bucket,
        String fileKey,
        int eventCount,
        String feedKind,
        String feedId,
        Instant fileTime,
        int rows) {}
