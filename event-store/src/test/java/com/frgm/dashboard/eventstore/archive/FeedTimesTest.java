package com.frgm.dashboard.eventstore.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * The feed times the archiver records, the segment that keeps them, and the manifest entry's
 * earliest, on the feeds' real payloads.
 */
class FeedTimesTest {

    private static final Serializer SERIALIZER = EventSerialization.serializer();
    private static final Instant STORED = Instant.parse("2024-01-15T10:39:38.250Z");
    private static final Instant STAMPED = Instant.parse("2024-01-15T10:31:00.123456Z");

    private final FeedTimes feedTimes = new FeedTimes(SERIALIZER, EventUpcasters.chain(List.of()));

    @Test
    void aStampedEventTakesTheFeedsTimeAndAnUnstampedOneItsStoreTime() {
        List<ArchivedEvent> stamped = feedTimes.stamp(List.of(
                row(1, new MarketDataFileAcceptedEvent("md", "md/1.csv", "sha1", STAMPED, 1, 1, 0, 0)),
                row(2, new FileRejectedEvent("market-data", "md", "bucket", "md/2.csv", "sha2", 1, "row 3: no bid"))));

        assertThat(stamped).extracting(ArchivedEvent::feedTime).containsExactly(STAMPED, STORED);
        assertThat(stamped.get(0)).as("the row itself is unchanged").isEqualTo(row(1, null));
    }

    @Test
    void aPayloadThatDoesNotReadLeavesTheFeedTimeAndTheSegmentsEarliestUnknown() {
        ArchivedEvent good = row(1, new MarketDataFileAcceptedEvent("md", "md/1.csv", "sha1", STAMPED, 1, 1, 0, 0));
        ArchivedEvent unreadable = Events.event(2, "{\"quote\": 12}");

        List<ArchivedEvent> stamped = feedTimes.stamp(List.of(good, unreadable));

        assertThat(stamped.get(1).feedTime()).isNull();
        byte[] object = SegmentCodec.encode(stamped);
        assertThat(ManifestEntry.of(0, stamped, object).minFeedTime()).isNull();
    }

    @Test
    void theSegmentKeepsFeedTimesAndLeavesOutWhatWasStampedAfterAnInstant() {
        List<ArchivedEvent> events = List.of(
                Events.event(1).withFeedTime(STAMPED),
                Events.event(2).withFeedTime(STAMPED.plusSeconds(60)),
                Events.event(3),
                Events.event(4).withFeedTime(STAMPED.minusSeconds(60)));
        byte[] object = SegmentCodec.encode(events);

        assertThat(SegmentCodec.decode(object))
                .extracting(ArchivedEvent::feedTime)
                .containsExactly(STAMPED, STAMPED.plusSeconds(60), null, STAMPED.minusSeconds(60));
        List<ArchivedEvent> read = new ArrayList<>();
        SegmentCodec.Lines lines = SegmentCodec.decodeAfter(object, 0, STAMPED.plusSeconds(1), read::add);
        assertThat(read).extracting(ArchivedEvent::globalIndex).containsExactly(1L, 3L, 4L);
        assertThat(lines).isEqualTo(new SegmentCodec.Lines(4, 4));
    }

    @Test
    void theManifestEntryNamesTheEarliestFeedTimeAndReadsEntriesWrittenBeforeIt() {
        List<ArchivedEvent> events =
                List.of(Events.event(1).withFeedTime(STAMPED), Events.event(2).withFeedTime(STAMPED.minusMillis(5)));
        ManifestEntry entry = ManifestEntry.of(0, events, SegmentCodec.encode(events));

        assertThat(entry.minFeedTime()).isEqualTo(STAMPED.minusMillis(5));
        assertThat(ManifestEntry.fromJson(entry.toJson())).isEqualTo(entry);
        assertThat(entry.allFedAfter(STAMPED.minusMillis(6))).isTrue();
        assertThat(entry.allFedAfter(STAMPED.minusMillis(5))).isFalse();

        String before =
                new String(entry.toJson(), StandardCharsets.UTF_8).replaceAll(",\"min_feed_time\":\"[^\"]*\"", "");
        ManifestEntry old = ManifestEntry.fromJson(before.getBytes(StandardCharsets.UTF_8));
        assertThat(old.minFeedTime()).isNull();
        assertThat(old.allFedAfter(Instant.EPOCH)).isFalse();
    }

    private static ArchivedEvent row(long index, Object payload) {
        Object body = payload == null
                ? new MarketDataFileAcceptedEvent("md", "md/1.csv", "sha1", STAMPED, 1, 1, 0, 0)
                : payload;
        return Events.serialized(index, body, STORED);
    }
}
