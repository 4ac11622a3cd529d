package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.objects.ObjectStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an archive: the manifest chain, checked to be unbroken from the first event, and each
 * segment verified against its entry's SHA-256 before any of its events is used.
 */
public final class Archive {

    private final ObjectStore store;

    public Archive(ObjectStore store) {
        this.store = store;
    }

    public ObjectStore store() {
        return store;
    }

    /** Every entry in global order; throws when one is missing from the chain. */
    public List<ManifestEntry> manifest() {
        List<ManifestEntry> entries = new ArrayList<>();
        long last = 0;
        for (String key : store.list(ArchiveLayout.MANIFEST)) {
            if (!key.endsWith(".json")) {
                continue;
            }
            ManifestEntry entry = ManifestEntry.fromJson(store.get(key)
                    .orElseThrow(() -> new ArchiveCorruptException("manifest entry " + key + " vanished")));
            if (entry.afterGlobalIndex() != last) {
                throw new ArchiveCorruptException("segment(s) missing between global index " + last + " and "
                        + entry.firstGlobalIndex() + ": manifest entry " + key + " follows "
                        + entry.afterGlobalIndex() + " (" + store.describe() + ")");
            }
            entries.add(entry);
            last = entry.lastGlobalIndex();
        }
        return entries;
    }

    /** The segment's bytes, verified; throws naming the segment when missing or corrupt. */
    public byte[] segment(ManifestEntry entry) {
        byte[] object = store.get(entry.segment()).orElseThrow(() -> new ArchiveCorruptException(
                "segment " + entry.segment() + " is missing from " + store.describe()));
        entry.verify(object);
        return object;
    }

    /** The events of one verified segment; also checks they are the ones the entry names. */
    public List<ArchivedEvent> events(ManifestEntry entry) {
        List<ArchivedEvent> events = SegmentCodec.decode(segment(entry));
        if (events.size() != entry.eventCount() || events.get(0).globalIndex() != entry.firstGlobalIndex()
                || events.get(events.size() - 1).globalIndex() != entry.lastGlobalIndex()) {
            throw new ArchiveCorruptException("segment " + entry.segment() + " does not hold the events its"
                    + " manifest entry names");
        }
        return events;
    }

    /** Streams every archived event in global order to {@code sink}, segment by segment. */
    public void replay(List<ManifestEntry> entries, Consumer<ArchivedEvent> sink) {
        for (ManifestEntry entry : entries) {
            events(entry).forEach(sink);
        }
    }
}
