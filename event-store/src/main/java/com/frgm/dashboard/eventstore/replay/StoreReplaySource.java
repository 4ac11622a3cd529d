package com.frgm.dashboard.eventstore.replay;

import com.frgm.dashboard.eventstore.archive.EventReader;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The event store through Axon's own storage engine: the same reads, batching, upcasters and
 * serializer as the live processors.
 */
public final class StoreReplaySource implements ReplaySource {

    private final EventStorageEngine engine;
    private final EventReader reader;

    public StoreReplaySource(EventStorageEngine engine, EventReader reader) {
        this.engine = engine;
        this.reader = reader;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Stream<TrackedEventMessage<?>> after(long after) {
        return (Stream<TrackedEventMessage<?>>) engine.readEvents(GapAwareTrackingToken.newInstance(after, List.of()),
                false);
    }

    @Override
    public long head() {
        return reader.head();
    }

    @Override
    public String describe() {
        return "the event store";
    }
}
