package com.frgm.dashboard.eventstore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.objects.ObjectStore;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCompactorTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** 23:59:50 in Chicago on the 15th: the segments run into the next business day. */
    private static final Instant START = Instant.parse("2024-01-16T05:59:50Z");

    @TempDir
    Path dir;

    @Test
    void compactsTheOldSmallSegmentsIntoADaysIndexAndReadsTheSameEvents() {
        FileObjectStore store = new FileObjectStore(dir);
        List<ArchivedEvent> all = writeSegments(store, 0, 30, 2); // 30 segments of 2 events, a second apart
        Archive archive = new Archive(store);

        ArchiveCompactor.Pass pass = new ArchiveCompactor(archive, CHICAGO, 10).compact(START.plusSeconds(20));

        assertThat(pass.segmentsCompacted()).isEqualTo(20);
        assertThat(store.list(ArchiveLayout.INDEX)).containsExactly("index/2024-01-15.json", "index/2024-01-16.json");
        List<ManifestEntry> manifest = new Archive(store).manifest();
        assertThat(manifest).hasSize(2 + 2 + 10); // each day: 20 events in 2 groups; then 10 loose
        assertThat(manifest.subList(0, 5))
                .allSatisfy(entry -> assertThat(entry.eventCount()).isLessThanOrEqualTo(10));
        assertThat(read(new Archive(store))).isEqualTo(all);
        assertThat(read(archive)).isEqualTo(all);
    }

    @Test
    void compactionWorksOutTheFeedTimesABacklogSegmentLacksAndKeepsThoseRecorded() {
        FileObjectStore store = new FileObjectStore(dir);
        Instant stamped = Instant.parse("2024-01-15T22:31:00.123456Z");
        Instant recorded = Instant.parse("2024-01-15T23:00:00Z");
        List<ArchivedEvent> backlog = new ArrayList<>();
        for (long i = 1; i <= 4; i++) {
            backlog.add(accepted(i, stamped.plusSeconds(i)));
        }
        put(store, 0, backlog); // a full segment: written without feed times
        put(store, 4, List.of(accepted(5, stamped).withFeedTime(recorded))); // written while keeping up
        assertThat(new Archive(store).manifest())
                .extracting(ManifestEntry::minFeedTime)
                .containsExactly(null, recorded);

        FeedTimes feedTimes = new FeedTimes(EventSerialization.serializer(), EventUpcasters.chain(List.of()));
        new ArchiveCompactor(new Archive(store), CHICAGO, 10, feedTimes).compact(START.plusSeconds(60));

        List<ManifestEntry> manifest = new Archive(store).manifest();
        assertThat(manifest).hasSize(1);
        assertThat(manifest.get(0).minFeedTime()).isEqualTo(stamped.plusSeconds(1));
        assertThat(read(new Archive(store)))
                .extracting(ArchivedEvent::feedTime)
                .containsExactly(
                        stamped.plusSeconds(1),
                        stamped.plusSeconds(2),
                        stamped.plusSeconds(3),
                        stamped.plusSeconds(4),
                        recorded);
        List<ArchivedEvent> unstamped = new ArrayList<>(backlog);
        unstamped.add(accepted(5, stamped));
        assertThat(read(new Archive(store)))
                .as("nothing else about the events changes")
                .extracting(e -> e.withFeedTime(null))
                .containsExactlyElementsOf(unstamped);
    }

    @Test
    void deletesTheSupersededSmallSegmentsOnlyOnTheNextPass() {
        FileObjectStore store = new FileObjectStore(dir);
        List<ArchivedEvent> all = writeSegments(store, 0, 12, 3);
        ArchiveCompactor compactor = new ArchiveCompactor(new Archive(store), CHICAGO, 100);

        compactor.compact(START.plusSeconds(6));
        assertThat(store.list(ArchiveLayout.MANIFEST)).hasSize(12);
        assertThat(read(new Archive(store))).isEqualTo(all);

        ArchiveCompactor.Pass second = compactor.compact(START.plusSeconds(6));
        assertThat(second.deleted()).isEqualTo(2 * 6);
        assertThat(store.list(ArchiveLayout.MANIFEST)).hasSize(6);
        assertThat(read(new Archive(store))).isEqualTo(all);
    }

    @Test
    void aLaterPassAddsToTheDaysIndexAndNewLooseSegmentsFollowIt() {
        FileObjectStore store = new FileObjectStore(dir);
        List<ArchivedEvent> all = new ArrayList<>(writeSegments(store, 0, 4, 2));
        Archive reader = new Archive(store);
        ArchiveCompactor compactor = new ArchiveCompactor(new Archive(store), CHICAGO, 4);
        compactor.compact(START.plusSeconds(60));
        assertThat(read(reader)).isEqualTo(all);

        all.addAll(writeSegments(store, 8, 3, 2));
        compactor.compact(START.plusSeconds(60));
        all.addAll(writeSegments(store, 14, 1, 2));

        assertThat(store.list(ArchiveLayout.INDEX)).containsExactly("index/2024-01-15.json");
        assertThat(read(reader)).isEqualTo(all);
        assertThat(read(new Archive(store))).isEqualTo(all);
    }

    @Test
    void aPassCutOffBeforeItsIndexLeavesTheArchiveAsItWasAndTheNextPassFinishes() {
        FileObjectStore files = new FileObjectStore(dir);
        List<ArchivedEvent> all = writeSegments(files, 0, 10, 2);
        ObjectStore failingIndex = new FailingIndexPuts(files);

        assertThatThrownBy(() ->
                        new ArchiveCompactor(new Archive(failingIndex), CHICAGO, 4).compact(START.plusSeconds(60)))
                .hasMessageContaining("cut off");
        assertThat(files.list(ArchiveLayout.INDEX)).isEmpty();
        assertThat(read(new Archive(files))).isEqualTo(all);

        new ArchiveCompactor(new Archive(files), CHICAGO, 4).compact(START.plusSeconds(60));
        assertThat(new Archive(files).manifest()).hasSizeLessThan(10);
        assertThat(read(new Archive(files))).isEqualTo(all);
    }

    @Test
    void aDaysIndexThatBreaksTheChainIsReportedNotPassedOver() {
        FileObjectStore store = new FileObjectStore(dir);
        writeSegments(store, 0, 6, 2);
        new ArchiveCompactor(new Archive(store), CHICAGO, 4).compact(START.plusSeconds(60));
        ArchiveIndex index =
                ArchiveIndex.fromJson(store.get("index/2024-01-15.json").orElseThrow());
        store.put(
                "index/2024-01-15.json",
                new ArchiveIndex(
                                index.day(),
                                index.entries().subList(1, index.entries().size()))
                        .toJson());

        assertThatThrownBy(() -> new Archive(store).manifest())
                .isInstanceOf(ArchiveCorruptException.class)
                .hasMessageContaining("missing between global index 0");
    }

    private static List<ArchivedEvent> read(Archive archive) {
        List<ArchivedEvent> read = new ArrayList<>();
        archive.replay(archive.manifest(), read::add);
        return read;
    }

    /** {@code count} small segments of {@code size} events after global index {@code after}, one a second. */
    private static List<ArchivedEvent> writeSegments(ObjectStore store, long after, int count, int size) {
        List<ArchivedEvent> all = new ArrayList<>();
        long index = after;
        for (int s = 0; s < count; s++) {
            List<ArchivedEvent> events = new ArrayList<>();
            for (int e = 0; e < size; e++) {
                index++;
                events.add(event(index, START.plusSeconds(after / size).plusMillis(e)));
            }
            byte[] segment = SegmentCodec.encode(events);
            ManifestEntry entry = ManifestEntry.of(after, events, segment);
            store.put(entry.segment(), segment);
            store.put(ArchiveLayout.manifestKey(entry.firstGlobalIndex()), entry.toJson());
            after = index;
            all.addAll(events);
        }
        return all;
    }

    private static ArchivedEvent event(long globalIndex, Instant at) {
        return new ArchivedEvent(
                globalIndex,
                "event-" + globalIndex,
                "feed",
                "MarketDataFeed",
                globalIndex - 1,
                "com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent",
                null,
                at.toString(),
                ("{\"n\":" + globalIndex + "}").getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** A small segment of {@code events} after global index {@code after}, with its manifest entry. */
    private static void put(ObjectStore store, long after, List<ArchivedEvent> events) {
        byte[] segment = SegmentCodec.encode(events);
        ManifestEntry entry = ManifestEntry.of(after, events, segment);
        store.put(entry.segment(), segment);
        store.put(ArchiveLayout.manifestKey(entry.firstGlobalIndex()), entry.toJson());
    }

    /** A real payload, an accepted market-data file the feed stamped at {@code stamped}. */
    private static ArchivedEvent accepted(long globalIndex, Instant stamped) {
        return Events.serialized(
                globalIndex,
                new MarketDataFileAcceptedEvent(
                        "md", "md/" + globalIndex + ".csv", "sha" + globalIndex, stamped, 1, 1, 0, 0),
                START.plusMillis(globalIndex));
    }

    /** A store whose index puts fail: a compaction cut off after its segments. */
    private record FailingIndexPuts(ObjectStore store) implements ObjectStore {
        @Override
        public void put(String key, byte[] bytes) {
            if (key.startsWith(ArchiveLayout.INDEX)) {
                throw new IllegalStateException("cut off before " + key);
            }
            store.put(key, bytes);
        }

        @Override
        public Optional<byte[]> get(String key) {
            return store.get(key);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }

        @Override
        public List<String> list(String prefix) {
            return store.list(prefix);
        }

        @Override
        public String describe() {
            return store.describe();
        }
    }
}
