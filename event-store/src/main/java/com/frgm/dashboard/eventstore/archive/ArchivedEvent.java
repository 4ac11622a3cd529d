package com.frgm.dashboard.eventstore.archive;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;

/**
 * One row of {@code domain_event_entry}, every column as stored, so that a restore writes the
 * row back byte for byte. {@code aggregateType} is the {@code type} column.
 *
 * <p>{@code feedTimeStamp} is not a column: the feed's clock of the event (the time the feed stamped,
 * or the store time where it stamped none), worked out by the archiver ({@link FeedTimes}) and
 * kept in the segment, so that a replay on the feed's clock can pass over an event, or a whole
 * segment, stamped after its instant without deserializing it. Null where it is not known (a
 * segment written before it was kept, a payload the archiver could not read); it takes no part
 * in equality, which is the row's.
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
        byte[] metaData,
        String feedTimeStamp) {

    /** A row as read from the store: its feed time not yet known. */
    public ArchivedEvent(
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
        this(
                globalIndex,
                eventIdentifier,
                aggregateIdentifier,
                aggregateType,
                sequenceNumber,
                payloadType,
                payloadRevision,
                timeStamp,
                payload,
                metaData,
                null);
    }

    /** The same row with its feed time (null: not known). */
    public ArchivedEvent withFeedTime(Instant time) {
        return new ArchivedEvent(
                globalIndex,
                eventIdentifier,
                aggregateIdentifier,
                aggregateType,
                sequenceNumber,
                payloadType,
                payloadRevision,
                timeStamp,
                payload,
                metaData,
                time == null ? null : time.toString());
    }

    /**
     * The feed's clock of the event, null when not known. Kept as the segment's text and parsed
     * only when asked: a replay on the desk's clock never needs it.
     */
    public Instant feedTime() {
        return feedTimeStamp == null ? null : Instant.parse(feedTimeStamp);
    }

    /** The row as Axon's storage engine hands a stored event to its upcasters and serializer. */
    public TrackedEventData<byte[]> trackedEventData() {
        return new TrackedDomainEventData<>(
                new GlobalSequenceTrackingToken(globalIndex),
                new GenericDomainEventEntry<>(
                        aggregateType,
                        aggregateIdentifier,
                        sequenceNumber,
                        eventIdentifier,
                        timeStamp,
                        payloadType,
                        payloadRevision,
                        payload,
                        metaData));
    }

    /** The store's clock of the event (the {@code time_stamp} column). */
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
