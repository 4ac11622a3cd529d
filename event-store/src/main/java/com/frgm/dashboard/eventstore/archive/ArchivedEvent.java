package com.frgm.dashboard.eventstore.archive;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row of {@code domain_event_entry}, every column as stored, so that a restore writes the
 * row back byte for byte. {@code aggregateType} is the {@code type} column.
 */
public record ArchivedEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        String aggregateType,
        long sequenceNumber,
        String payloadType,
        String payloadRevision,
        String timeStamp,
        byte[] payload,
        byte[] metaData) {

    public Instant timestamp() {
        return Instant.parse(timeStamp);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArchivedEvent e
                && globalIndex == e.globalIndex
                && sequenceNumber == e.sequenceNumber
                && eventIdentifier.equals(e.eventIdentifier)
                && aggregateIdentifier.equals(e.aggregateIdentifier)
                && Objects.equals(aggregateType, e.aggregateType)
                && payloadType.equals(e.payloadType)
                && Objects.equals(payloadRevision, e.payloadRevision)
                && timeStamp.equals(e.timeStamp)
                && Arrays.equals(payload, e.payload)
                && Arrays.equals(metaData, e.metaData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(globalIndex, eventIdentifier, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "ArchivedEvent[" + globalIndex + " " + payloadType + " " + eventIdentifier + "]";
    }
}
