package com.frgm.dashboard.eventstore.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Test events shaped like the stored rows of the real feeds. */
final class Events {

    private Events() {}

    static ArchivedEvent event(long globalIndex) {
        return event(
                globalIndex,
                "{\"quote\":{\"instrument\":\"ZNH24\",\"bid\":112.484375,\"ask\":112.50,\"n\":" + globalIndex + "}}");
    }

    static ArchivedEvent event(long globalIndex, String payloadJson) {
        return new ArchivedEvent(
                globalIndex,
                "event-" + globalIndex,
                "feed-GE_XCME.ZN",
                "MarketDataFeed",
                globalIndex - 1,
                "com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent",
                null,
                Instant.parse("2024-01-15T10:39:38Z").plusMillis(globalIndex).toString(),
                payloadJson.getBytes(StandardCharsets.UTF_8),
                "{\"traceId\":\"t-1\",\"correlationId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8));
    }
}
