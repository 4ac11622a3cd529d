package com.frgm.dashboard.eventstore.replay;

import java.time.Instant;
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

    /**
     * The same, for a replay on the feed's clock to {@code fedBy} that reads no further than
     * {@code until}: a source may leave out, without reading them, events after {@code until}
     * and events it knows were stamped by the feed after {@code fedBy} (the replay would pass
     * over both). An archive knows from its segments (ADR 0022); by default nothing is left out.
     */
    default Stream<TrackedEventMessage<?>> after(long after, long until, Instant fedBy) {
        return after(after);
    }

    /**
     * The source as it stands now, for one answer that reads it more than once: it sees the same
     * events each time and need not look again for what was added since (an archive lists and
     * reads its indexes once). By default the source itself.
     */
    default ReplaySource snapshot() {
        return this;
    }

    /** The highest global index there is now (0 when there is none), for progress. */
    long head();

    /** The source, for messages. */
    String describe();
}
