package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.objects.ObjectStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts an archive's small segments (one per couple of seconds: tens of thousands a day) into
 * segments of about {@code targetEvents}, listed in one index object per business day. A pass
 * first deletes the small objects that an earlier pass superseded (so a reader that listed them
 * just before the switch still finds them for a pass interval), then compacts, in global order,
 * the loose segments whose last event is older than the given instant: it writes the compacted
 * segments, then replaces each touched day's index whole. That put is the switch: a reader sees
 * the old small segments or the new index, never a mix that loses or doubles an event. A crash
 * mid-pass leaves, at worst, compacted objects no index names, which the next pass writes again.
 *
 * <p>With {@link FeedTimes}, a compacted segment records the feed time of every event that
 * lacked one (a segment the archiver wrote during a backlog), so that on the feed's clock the
 * compacted day is skipped as one archived while the archiver kept up (docs/adr/0022).
 */
public final class ArchiveCompactor {

    private static final Logger log = LoggerFactory.getLogger(ArchiveCompactor.class);

    private final Archive archive;
    private final ZoneId businessZone;
    private final int targetEvents;
    private final FeedTimes feedTimes;

    public ArchiveCompactor(Archive archive, ZoneId businessZone, int targetEvents) {
        this(archive, businessZone, targetEvents, null);
    }

    /** {@code feedTimes}: what works out the feed times a segment lacks (null: they stay unknown). */
    public ArchiveCompactor(Archive archive, ZoneId businessZone, int targetEvents, FeedTimes feedTimes) {
        if (targetEvents < 1) {
            throw new IllegalArgumentException("targetEvents must be positive: " + targetEvents);
        }
        this.archive = archive;
        this.businessZone = businessZone;
        this.targetEvents = targetEvents;
        this.feedTimes = feedTimes;
    }

    /** What a pass did. */
    public record Pass(int deleted, int segmentsCompacted, int segmentsWritten, long events) {}

    public Pass compact(Instant olderThan) {
        ObjectStore store = archive.store();
        List<String> superseded = archive.superseded();
        superseded.forEach(store::delete);

        List<ManifestEntry> entries = archive.manifest();
        // The manifest lists the indexed entries first, then the loose ones in global order.
        List<ManifestEntry> candidates = new ArrayList<>();
        for (ManifestEntry entry : entries) {
            if (!isLoose(entry)) {
                continue;
            }
            if (!entry.lastTimestamp().isBefore(olderThan)) {
                break;
            }
            candidates.add(entry);
        }
        LocalDate lastIndexedDay = latestIndex(store).map(ArchiveIndex::day).orElse(null);

        Map<LocalDate, List<ManifestEntry>> byDay = new TreeMap<>();
        List<ManifestEntry> group = new ArrayList<>();
        LocalDate groupDay = null;
        long after = candidates.isEmpty() ? 0 : candidates.get(0).afterGlobalIndex();
        int written = 0;
        long events = 0;
        for (ManifestEntry entry : candidates) {
            LocalDate day = dayOf(entry, lastIndexedDay);
            if (!group.isEmpty() && (!day.equals(groupDay) || size(group) + entry.eventCount() > targetEvents)) {
                ManifestEntry compacted = write(store, after, group);
                byDay.computeIfAbsent(groupDay, d -> new ArrayList<>()).add(compacted);
                after = compacted.lastGlobalIndex();
                written++;
                events += compacted.eventCount();
                group.clear();
            }
            group.add(entry);
            groupDay = day;
            lastIndexedDay = day;
        }
        if (!group.isEmpty()) {
            ManifestEntry compacted = write(store, after, group);
            byDay.computeIfAbsent(groupDay, d -> new ArrayList<>()).add(compacted);
            written++;
            events += compacted.eventCount();
        }
        for (Map.Entry<LocalDate, List<ManifestEntry>> day : byDay.entrySet()) {
            List<ManifestEntry> indexed = new ArrayList<>();
            store.get(ArchiveLayout.indexKey(day.getKey()))
                    .ifPresent(
                            bytes -> indexed.addAll(ArchiveIndex.fromJson(bytes).entries()));
            indexed.addAll(day.getValue());
            store.put(ArchiveLayout.indexKey(day.getKey()), new ArchiveIndex(day.getKey(), indexed).toJson());
            log.info(
                    "Archive {}: {} more events of {} compacted; the day's index lists {} segment(s)",
                    store.describe(),
                    size(day.getValue()),
                    day.getKey(),
                    indexed.size());
        }
        return new Pass(superseded.size(), candidates.size(), written, events);
    }

    private ManifestEntry write(ObjectStore store, long after, List<ManifestEntry> group) {
        List<ArchivedEvent> events = new ArrayList<>();
        for (ManifestEntry entry : group) {
            events.addAll(archive.events(entry));
        }
        if (feedTimes != null) {
            events = feedTimes.backfill(events);
        }
        byte[] segment = SegmentCodec.encode(events);
        String key = ArchiveLayout.compactedSegmentKey(
                events.get(0).globalIndex(), events.get(events.size() - 1).globalIndex());
        store.put(key, segment);
        return ManifestEntry.of(key, after, events, segment);
    }

    /** A small segment still named by its first index, not yet in a day's index. */
    private static boolean isLoose(ManifestEntry entry) {
        return entry.segment().equals(ArchiveLayout.segmentKey(entry.firstGlobalIndex()));
    }

    /** The entry's business day, never before the last day indexed: the days' indexes stay in global order. */
    private LocalDate dayOf(ManifestEntry entry, LocalDate notBefore) {
        LocalDate day = LocalDate.ofInstant(entry.firstTimestamp(), businessZone);
        return notBefore != null && day.isBefore(notBefore) ? notBefore : day;
    }

    private static Optional<ArchiveIndex> latestIndex(ObjectStore store) {
        List<String> keys = store.list(ArchiveLayout.INDEX).stream()
                .filter(k -> k.endsWith(".json"))
                .toList();
        return keys.isEmpty()
                ? Optional.empty()
                : store.get(keys.get(keys.size() - 1)).map(ArchiveIndex::fromJson);
    }

    private static long size(List<ManifestEntry> group) {
        return group.stream().mapToLong(ManifestEntry::eventCount).sum();
    }
}
