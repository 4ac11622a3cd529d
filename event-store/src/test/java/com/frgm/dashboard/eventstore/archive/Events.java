package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

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

    /** {@code payload} as the store holds it (the application's serializer), stored at {@code stored}. */
    static ArchivedEvent serialized(long globalIndex, Object payload, Instant stored) {
        Serializer serializer = EventSerialization.serializer();
        SerializedObject<byte[]> data = serializer.serialize(payload, byte[].class);
        return new ArchivedEvent(
                globalIndex,
                "event-" + globalIndex,
                "md",
                "MarketDataFeed",
                globalIndex - 1,
                data.getType().getName(),
                data.getType().getRevision(),
                stored.toString(),
                data.getData(),
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());
    }
}
