package com.frgm.dashboard.eventstore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.objects.ObjectStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

    @TempDir
    Path dir;

    @Test
    void manifestEntryDescribesItsSegment() {
        List<ArchivedEvent> events = List.of(Events.event(11), Events.event(12), Events.event(14));
        byte[] segment = SegmentCodec.encode(events);
        ManifestEntry entry = ManifestEntry.of(10, events, segment);
        assertThat(entry.segment()).isEqualTo("segments/00000000000000000011.jsonl.gz");
        assertThat(entry.firstGlobalIndex()).isEqualTo(11);
        assertThat(entry.lastGlobalIndex()).isEqualTo(14);
        assertThat(entry.eventCount()).isEqualTo(3);
        assertThat(entry.firstTimestamp()).isEqualTo(Instant.parse("2024-01-15T10:39:38.011Z"));
        assertThat(entry.sha256()).hasSize(64).isEqualTo(ManifestEntry.sha256(segment));
        assertThat(ManifestEntry.fromJson(entry.toJson())).isEqualTo(entry);
    }

    @Test
    void readsEverySegmentInOrderAcrossARolledBackGap() {
        FileObjectStore store = new FileObjectStore(dir);
        write(store, 0, List.of(Events.event(1), Events.event(2)));
        write(store, 2, List.of(Events.event(5), Events.event(6))); // 3 and 4 rolled back
        List<ArchivedEvent> read = new ArrayList<>();
        Archive archive = new Archive(store);
        archive.replay(archive.manifest(), read::add);
        assertThat(read).extracting(ArchivedEvent::globalIndex).containsExactly(1L, 2L, 5L, 6L);
    }

    @Test
    void corruptSegmentStopsNamingIt() {
        FileObjectStore store = new FileObjectStore(dir);
        write(store, 0, List.of(Events.event(1)));
        ManifestEntry second = write(store, 1, List.of(Events.event(2)));
        byte[] bytes = store.get(second.segment()).orElseThrow();
        bytes[bytes.length - 5] ^= 1;
        store.put(second.segment(), bytes);
        Archive archive = new Archive(store);
        assertThatThrownBy(() -> archive.replay(archive.manifest(), e -> {}))
                .isInstanceOf(ArchiveCorruptException.class)
                .hasMessageContaining("segments/00000000000000000002.jsonl.gz")
                .hasMessageContaining("SHA-256");
    }

    @Test
    void missingSegmentStopsNamingIt() throws Exception {
        FileObjectStore store = new FileObjectStore(dir);
        ManifestEntry only = write(store, 0, List.of(Events.event(1)));
        java.nio.file.Files.delete(dir.resolve(only.segment()));
        Archive archive = new Archive(store);
        assertThatThrownBy(() -> archive.events(archive.manifest().get(0)))
                .isInstanceOf(ArchiveCorruptException.class)
                .hasMessageContaining("segments/00000000000000000001.jsonl.gz is missing");
    }

    @Test
    void lostSegmentAndEntryBreakTheChain() throws Exception {
        FileObjectStore store = new FileObjectStore(dir);
        write(store, 0, List.of(Events.event(1)));
        ManifestEntry lost = write(store, 1, List.of(Events.event(2)));
        write(store, 2, List.of(Events.event(3)));
        java.nio.file.Files.delete(dir.resolve(ArchiveLayout.manifestKey(lost.firstGlobalIndex())));
        assertThatThrownBy(() -> new Archive(store).manifest())
                .isInstanceOf(ArchiveCorruptException.class)
                .hasMessageContaining("missing between global index 1 and 3");
    }

    private static ManifestEntry write(ObjectStore store, long after, List<ArchivedEvent> events) {
        byte[] segment = SegmentCodec.encode(events);
        ManifestEntry entry = ManifestEntry.of(after, events, segment);
        store.put(entry.segment(), segment);
        store.put(ArchiveLayout.manifestKey(entry.firstGlobalIndex()), entry.toJson());
        return entry;
    }
}
