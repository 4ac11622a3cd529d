package com.frgm.dashboard.eventstore.jdbc;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skips a snapshot this code can no longer read (an aggregate's state changed shape since it was
 * taken), so the aggregate is rebuilt from its events instead of failing every command. Events
 * are the record; a snapshot is only a shortcut, and upcasters do not reach it (docs/adr/0016).
 * Costs one extra read of the snapshot per aggregate load; loads are rare, aggregates are cached.
 */
final class ReadableSnapshots implements SnapshotFilter {

    private static final Logger log = LoggerFactory.getLogger(ReadableSnapshots.class);

    private final Serializer serializer;

    ReadableSnapshots(Serializer serializer) {
        this.serializer = serializer;
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        try {
            serializer.deserialize(snapshot.getPayload());
            return true;
        } catch (SerializationException e) {
            log.warn(
                    "Snapshot of {} at sequence {} no longer reads ({}); rebuilding it from its events",
                    snapshot.getAggregateIdentifier(),
                    snapshot.getSequenceNumber(),
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            return false;
        }
    }
}
