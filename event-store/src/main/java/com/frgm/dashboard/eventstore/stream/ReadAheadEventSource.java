package com.frgm.dashboard.eventstore.stream;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the live processors read it: every stream a processor opens gets a reader
 * thread that waits on the store's own stream (woken by a local commit or the store's next poll)
 * and tells the processor the moment an event is there.
 *
 * <p>Axon's pooled streaming processor asks its stream to announce new events
 * ({@link BlockingStream#setOnAvailableCallback}); the embedded event store's streams cannot, so
 * an idle processor looked again only every 500 ms, and that wait was most of the time from a
 * file's commit to its ladder on the screen (issue 14, ADR 0025). The events, their order and
 * their tokens are the store's, unchanged.
 */
public final class ReadAheadEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final int capacity;

    /** @param capacity events a stream reads ahead of its processor at most */
    public ReadAheadEventSource(StreamableMessageSource<TrackedEventMessage<?>> store, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.store = store;
        this.capacity = capacity;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return ReadAheadStream.start(store.openStream(trackingToken), capacity);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }
}
