package com.frgm.dashboard.eventstore.replay;

import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchivedEvent;
import com.frgm.dashboard.eventstore.archive.ManifestEntry;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * An archive's segments, verified one by one as they are read, each stored row turned back into
 * the message the store would give: the same upcaster chain and serializer, so an archive replay
 * sees exactly what a replay of the store sees.
 */
public final class ArchiveReplaySource implements ReplaySource {

    private final Archive archive;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    public ArchiveReplaySource(Archive archive, Serializer serializer, EventUpcaster upcasters) {
        this.archive = archive;
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    @Override
    public Stream<TrackedEventMessage<?>> after(long after) {
        List<ManifestEntry> entries = archive.manifest().stream()
                .filter(entry -> entry.lastGlobalIndex() > after)
                .toList();
        Stream<? extends TrackedEventData<?>> rows = entries.stream()
                .flatMap(entry -> archive.eventsAfter(entry, after).stream())
                .map(ArchivedEvent::trackedEventData);
        return EventUtils.upcastAndDeserializeTrackedEvents(rows, serializer, upcasters);
    }

    /**
     * Reads no segment past {@code until}, none whose manifest entry says every event was
     * stamped by the feed after {@code fedBy}, and no payload of an event its segment records as
     * stamped after it.
     */
    @Override
    public Stream<TrackedEventMessage<?>> after(long after, long until, Instant fedBy) {
        List<ManifestEntry> entries = archive.manifest().stream()
                .filter(entry -> entry.lastGlobalIndex() > after
                        && entry.firstGlobalIndex() <= until
                        && !entry.allFedAfter(fedBy))
                .toList();
        Stream<? extends TrackedEventData<?>> rows = entries.stream()
                .flatMap(entry -> archive.eventsAfter(entry, after, fedBy).stream())
                .map(ArchivedEvent::trackedEventData);
        return EventUtils.upcastAndDeserializeTrackedEvents(rows, serializer, upcasters);
    }

    @Override
    public long head() {
        List<ManifestEntry> entries = archive.manifest();
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).lastGlobalIndex();
    }

    @Override
    public String describe() {
        return archive.store().describe();
    }
}
