package com.frgm.dashboard.eventstore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest entry's and the day index's JSON, read back by the streaming reader. */
class ManifestEntryTest {

    private static final List<ArchivedEvent> EVENTS =
            List.of(Events.event(4).withFeedTime(Instant.parse("2024-01-15T10:30:00.5Z")), Events.event(5));

    @Test
    void anEntryAndADayIndexReadBackAsWritten() {
        ManifestEntry entry = ManifestEntry.of(3, EVENTS, SegmentCodec.encode(EVENTS));
        ArchiveIndex index = new ArchiveIndex(LocalDate.of(2024, 1, 15), List.of(entry, entry));

        assertThat(ManifestEntry.fromJson(entry.toJson())).isEqualTo(entry);
        assertThat(ArchiveIndex.fromJson(index.toJson())).isEqualTo(index);
    }

    @Test
    void aFieldItDoesNotKnowIsPassedOverAndAMissingOneIsRefusedByName() {
        ManifestEntry entry = ManifestEntry.of(3, EVENTS, SegmentCodec.encode(EVENTS));
        String json = new String(entry.toJson(), StandardCharsets.UTF_8);

        String newer = json.replace("{\"segment\"", "{\"written_by\":{\"version\":[2,1]},\"segment\"");
        assertThat(ManifestEntry.fromJson(newer.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(entry);

        String noSha = json.replaceAll(",\"sha256\":\"[0-9a-f]+\"", "");
        assertThatThrownBy(() -> ManifestEntry.fromJson(noSha.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("unreadable manifest entry");
        String countAsText = json.replaceAll("\"event_count\":2", "\"event_count\":\"2\"");
        assertThatThrownBy(() -> ManifestEntry.fromJson(countAsText.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("event_count is not a whole number");
        assertThatThrownBy(() -> ArchiveIndex.fromJson(
                        "{\"day\":\"2024-01-15\",\"entries\":[null]}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("unreadable archive index");
    }
}
