package com.frgm.dashboard.eventstore.replay;

import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Where a replay reads events: the event store or an archive. Either way the events come in
 * global order, through the upcaster chain and the serializer the store uses, as the messages a
 * tracking processor would deliver (their token's position is the global index).
 */
public interface ReplaySource {

    /** Every event with a global index above {@code after}, read lazily; the caller closes the stream. */
    Stream<TrackedEventMessage<?>> after(long after);

    /** The highest global index there is now (0 when there is none), for progress. */
    long head();

    /** The source, for messages. */
    String describe();
}
