package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.api.FeedTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out the feed's clock of the rows the archiver is about to write
 * ({@link FeedTime#orStored}, on the payload as a replay would see it: through the same
 * upcasters and serializer), so that the segment records it per event and the manifest entry its
 * earliest. A replay on the feed's clock then passes over what was stamped after its instant
 * without reading it. The archiver runs at the feed's rate, tens of events a second, so reading
 * each payload once more here costs nothing that matters.
 *
 * <p>A payload that does not read leaves its event's feed time unknown (and so its segment's):
 * the archive is still written, and a replay reads that segment as before.
 */
public final class FeedTimes {

    private static final Logger log = LoggerFactory.getLogger(FeedTimes.class);

    private final Serializer serializer;
    private final EventUpcaster upcasters;

    public FeedTimes(Serializer serializer, EventUpcaster upcasters) {
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    /** {@code events} with their feed times, in the same order. */
    public List<ArchivedEvent> stamp(List<ArchivedEvent> events) {
        List<ArchivedEvent> stamped = new ArrayList<>(events.size());
        for (ArchivedEvent event : events) {
            stamped.add(event.withFeedTime(feedTime(event)));
        }
        return stamped;
    }

    /**
     * {@code events} with the feed times they lack worked out (those of a segment the archiver
     * wrote during a backlog, without them); the others as they are. Compaction does this, so
     * that a day archived behind the feed, a re-ingested history for one, is skipped on the
     * feed's clock like any other once compacted.
     */
    public List<ArchivedEvent> backfill(List<ArchivedEvent> events) {
        List<ArchivedEvent> filled = new ArrayList<>(events.size());
        for (ArchivedEvent event : events) {
            filled.add(event.feedTimeStamp() != null ? event : event.withFeedTime(feedTime(event)));
        }
        return filled;
    }

    private Instant feedTime(ArchivedEvent event) {
        try (Stream<TrackedEventMessage<?>> messages = EventUtils.upcastAndDeserializeTrackedEvents(
                Stream.of(event.trackedEventData()), serializer, upcasters)) {
            List<TrackedEventMessage<?>> read = messages.toList();
            if (read.size() != 1) {
                // An upcaster split or dropped it: no one time stands for the row.
                return null;
            }
            return FeedTime.orStored(read.get(0).getPayload(), read.get(0).getTimestamp());
        } catch (RuntimeException e) {
            log.warn(
                    "Event at global index {} ({}) does not read, its segment is archived without feed times: {}",
                    event.globalIndex(),
                    event.payloadType(),
                    e.toString());
            return null;
        }
    }
}
