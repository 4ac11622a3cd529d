package com.frgm.dashboard.eventstore.archive;

import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Turns a stored row back into the message a tracking processor would deliver: same payload,
 * metadata, identifier, timestamp and a token whose position is the global index.
 */
public final class EventMessages {

    private final Serializer serializer;

    public EventMessages(Serializer serializer) {
        this.serializer = serializer;
    }

    public TrackedEventMessage<?> toMessage(ArchivedEvent e) {
        Object payload = serializer.deserialize(
                new SimpleSerializedObject<>(e.payload(), byte[].class, e.payloadType(), e.payloadRevision()));
        MetaData metaData = e.metaData() == null ? MetaData.emptyInstance()
                : serializer.deserialize(new SerializedMetaData<>(e.metaData(), byte[].class));
        java.time.Instant timestamp = e.timestamp();
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(e.globalIndex()),
                e.aggregateType(), e.aggregateIdentifier(), e.sequenceNumber(),
                new GenericMessage<>(e.eventIdentifier(), payload, metaData), () -> timestamp);
    }
}
