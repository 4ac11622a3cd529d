package com.frgm.dashboard.query.replay;

import com.frgm.dashboard.eventstore.replay.ReplaySource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;

/** Test only: events held in memory, numbered from 1 in the order added, as a replay source. */
public final class ListReplaySource implements ReplaySource {

    private final List<TrackedEventMessage<?>> events = new ArrayList<>();
    private int streamsOpened;
    private int streamsClosed;

    /** Adds {@code payload} as the next event, stored at {@code at}. */
    public ListReplaySource add(Instant at, Object payload) {
        long index = events.size() + 1;
        events.add(new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(index),
                "Test",
                "test-1",
                index - 1,
                new GenericMessage<>("event-" + index, payload, Map.of()),
                () -> at));
        return this;
    }

    @Override
    public Stream<TrackedEventMessage<?>> after(long after) {
        streamsOpened++;
        return events.stream()
                .filter(event -> event.trackingToken().position().orElseThrow() > after)
                .onClose(() -> streamsClosed++);
    }

    @Override
    public long head() {
        return events.size();
    }

    @Override
    public String describe() {
        return "a list";
    }

    public boolean allStreamsClosed() {
        return streamsOpened == streamsClosed;
    }
}
