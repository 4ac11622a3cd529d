package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.objects.ObjectStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads an archive: the manifest chain (the days' indexes of compacted segments, then the loose
 * entries), checked to be unbroken from the first event, and each segment verified against its
 * entry's SHA-256 before any of its events is used. One instance may be kept and asked again:
 * it remembers what cannot change.
 */
public final class Archive {

    private final ObjectStore store;
    private final Map<String, ArchiveIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, ManifestEntry> looseEntries = new ConcurrentHashMap<>();

    public Archive(ObjectStore store) {
        this.store = store;
    }

    public ObjectStore store() {
        return store;
    }

    /**
     * Every entry in global order: the days' indexes of compacted segments, then the loose
     * entries after them; throws when one is missing from the chain. Loose entries a compaction
     * has superseded (awaiting deletion) are passed over unread. What cannot change is kept for
     * the next call: every day's index but the newest, every loose entry but the newest (the
     * archiver may rewrite that one after a crash).
     */
    public List<ManifestEntry> manifest() {
        List<ManifestEntry> entries = new ArrayList<>();
        List<String> indexKeys = store.list(ArchiveLayout.INDEX).stream()
                .filter(k -> k.endsWith(".json"))
                .toList();
        for (int i = 0; i < indexKeys.size(); i++) {
            String key = indexKeys.get(i);
            boolean newest = i == indexKeys.size() - 1;
            ArchiveIndex index = newest ? readIndex(key) : indexes.computeIfAbsent(key, this::readIndex);
            chain(entries, index.entries(), key);
        }
        long covered = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).lastGlobalIndex();
        List<String> loose = store.list(ArchiveLayout.MANIFEST).stream()
                .filter(k -> ArchiveLayout.manifestKeyIndex(k) > covered)
                .toList();
        for (int i = 0; i < loose.size(); i++) {
            String key = loose.get(i);
            ManifestEntry entry =
                    i == loose.size() - 1 ? readEntry(key) : looseEntries.computeIfAbsent(key, this::readEntry);
            chain(entries, List.of(entry), key);
        }
        return entries;
    }

    /** The loose manifest entries a day's index now covers, with their segments: safe to delete. */
    public List<String> superseded() {
        List<ManifestEntry> compacted = new ArrayList<>();
        for (String key : store.list(ArchiveLayout.INDEX)) {
            if (key.endsWith(".json")) {
                compacted.addAll(readIndex(key).entries());
            }
        }
        long covered =
                compacted.isEmpty() ? 0 : compacted.get(compacted.size() - 1).lastGlobalIndex();
        List<String> keys = new ArrayList<>();
        for (String key : store.list(ArchiveLayout.MANIFEST)) {
            long first = ArchiveLayout.manifestKeyIndex(key);
            if (first >= 0 && first <= covered) {
                keys.add(ArchiveLayout.segmentKey(first));
                keys.add(key);
            }
        }
        return keys;
    }

    private void chain(List<ManifestEntry> entries, List<ManifestEntry> next, String key) {
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).lastGlobalIndex();
        for (ManifestEntry entry : next) {
            if (entry.afterGlobalIndex() != last) {
                throw new ArchiveCorruptException("segment(s) missing between global index " + last + " and "
                        + entry.firstGlobalIndex() + ": " + key + " has an entry that follows "
                        + entry.afterGlobalIndex() + " (" + store.describe() + ")");
            }
            entries.add(entry);
            last = entry.lastGlobalIndex();
        }
    }

    private ArchiveIndex readIndex(String key) {
        return ArchiveIndex.fromJson(
                store.get(key).orElseThrow(() -> new ArchiveCorruptException("archive index " + key + " vanished")));
    }

    private ManifestEntry readEntry(String key) {
        return ManifestEntry.fromJson(
                store.get(key).orElseThrow(() -> new ArchiveCorruptException("manifest entry " + key + " vanished")));
    }

    /** The segment's bytes, verified; throws naming the segment when missing or corrupt. */
    public byte[] segment(ManifestEntry entry) {
        byte[] object = store.get(entry.segment())
                .orElseThrow(() -> new ArchiveCorruptException(
                        "segment " + entry.segment() + " is missing from " + store.describe()));
        entry.verify(object);
        return object;
    }

    /** The events of one verified segment; also checks they are the ones the entry names. */
    public List<ArchivedEvent> events(ManifestEntry entry) {
        List<ArchivedEvent> events = SegmentCodec.decode(segment(entry));
        if (events.size() != entry.eventCount()
                || events.get(0).globalIndex() != entry.firstGlobalIndex()
                || events.get(events.size() - 1).globalIndex() != entry.lastGlobalIndex()) {
            throw new ArchiveCorruptException(
                    "segment " + entry.segment() + " does not hold the events its" + " manifest entry names");
        }
        return events;
    }

    /**
     * The events of one verified segment after global index {@code after}: those before are
     * read only as far as their global index. Checks the segment holds what its entry names.
     */
    public List<ArchivedEvent> eventsAfter(ManifestEntry entry, long after) {
        return eventsAfter(entry, after, null);
    }

    /**
     * The same, leaving out the events the segment records as stamped by the feed after
     * {@code fedBy} (null: none), which are read only as far as their feed time.
     */
    public List<ArchivedEvent> eventsAfter(ManifestEntry entry, long after, Instant fedBy) {
        if (fedBy == null && after < entry.firstGlobalIndex()) {
            return events(entry);
        }
        List<ArchivedEvent> events = new ArrayList<>();
        SegmentCodec.Lines lines = SegmentCodec.decodeAfter(segment(entry), after, fedBy, events::add);
        if (lines.count() != entry.eventCount() || lines.lastGlobalIndex() != entry.lastGlobalIndex()) {
            throw new ArchiveCorruptException(
                    "segment " + entry.segment() + " does not hold the events its" + " manifest entry names");
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
