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
    /** The manifest a snapshot reads; null: the archive's as it is at each read. */
    private final List<ManifestEntry> fixed;

    public ArchiveReplaySource(Archive archive, Serializer serializer, EventUpcaster upcasters) {
        this(archive, serializer, upcasters, null);
    }

    private ArchiveReplaySource(
            Archive archive, Serializer serializer, EventUpcaster upcasters, List<ManifestEntry> fixed) {
        this.archive = archive;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.fixed = fixed;
    }

    /** The segments the manifest lists now, read once: a second read of it costs no listing. */
    @Override
    public ReplaySource snapshot() {
        return fixed != null ? this : new ArchiveReplaySource(archive, serializer, upcasters, archive.manifest());
    }

    private List<ManifestEntry> manifest() {
        return fixed != null ? fixed : archive.manifest();
    }

    @Override
    public Stream<TrackedEventMessage<?>> after(long after) {
        return after(after, Long.MAX_VALUE, null);
    }

    /**
     * Reads no segment past {@code until}, none whose manifest entry says every event was
     * stamped by the feed after {@code fedBy}, and no payload of an event its segment records as
     * stamped after it ({@code fedBy} null: every event).
     */
    @Override
    public Stream<TrackedEventMessage<?>> after(long after, long until, Instant fedBy) {
        List<ManifestEntry> entries = manifest().stream()
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
        List<ManifestEntry> entries = manifest();
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).lastGlobalIndex();
    }

    @Override
    public String describe() {
        return archive.store().describe();
    }
}
