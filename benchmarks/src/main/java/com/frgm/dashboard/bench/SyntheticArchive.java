package com.frgm.dashboard.bench;

import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.eventstore.archive.ArchiveIndex;
import com.frgm.dashboard.eventstore.archive.ArchiveLayout;
import com.frgm.dashboard.eventstore.archive.ArchivedEvent;
import com.frgm.dashboard.eventstore.archive.FeedTimes;
import com.frgm.dashboard.eventstore.archive.ManifestEntry;
import com.frgm.dashboard.eventstore.archive.SegmentCodec;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.objects.ObjectStore;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/** An archive of market data as the feed sends it, for the replay benchmarks. */
final class SyntheticArchive {

    /** The first event's time: 10:00 UTC on a trading day. */
    static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

    private SyntheticArchive() {}

    /** Market data as the feed sends it, in small segments as the archiver cuts them. */
    static long write(ObjectStore store, int events, int segmentSize) {
        return write(store, events, 0, 0, segmentSize);
    }

    /**
     * A day as production keeps it: the first {@code compacted} events already compacted into
     * segments of {@code compactedSize} listed in the day's index, the rest (the last half hour,
     * say) still in the archiver's small segments of {@code segmentSize}.
     */
    static long writeDay(ObjectStore store, int events, int compacted, int compactedSize, int segmentSize) {
        return write(store, events, compacted, compactedSize, segmentSize);
    }

    /** Market data as the feed sends it: 20 instruments a file, ten levels of depth, then the file event. */
    private static long write(ObjectStore store, int events, int compacted, int compactedSize, int segmentSize) {
        List<ManifestEntry> indexed = new ArrayList<>();
        Serializer serializer = EventSerialization.serializer();
        FeedTimes feedTimes = new FeedTimes(serializer, EventUpcasters.chain(List.of()));
        SerializedObject<byte[]> meta =
                serializer.serialize(MetaData.with("traceId", UUID.randomUUID().toString()), byte[].class);
        Instant time = START;
        List<ArchivedEvent> segment = new ArrayList<>();
        long after = 0;
        long bytes = 0;
        for (long index = 1; index <= events; index++) {
            long file = index / 21;
            Object payload = index % 21 == 0
                    ? new MarketDataFileAcceptedEvent(
                            "GE_XCME.ZN", "f" + file + ".csv", "sha" + file, time, 20, 20, 0, 0)
                    : new QuoteUpdatedEvent("GE_XCME.ZN", "f" + file + ".csv", quote("ZNH" + index % 21, file, time));
            SerializedObject<byte[]> data = serializer.serialize(payload, byte[].class);
            segment.add(new ArchivedEvent(
                    index,
                    UUID.randomUUID().toString(),
                    "GE_XCME.ZN",
                    "MarketDataFeed",
                    index - 1,
                    data.getType().getName(),
                    data.getType().getRevision(),
                    time.toString(),
                    data.getData(),
                    meta.getData()));
            if (index % 21 == 0) {
                time = time.plusSeconds(1);
            }
            boolean inCompacted = index <= compacted;
            if (segment.size() == (inCompacted ? compactedSize : segmentSize)
                    || index == events
                    || index == compacted) {
                // As the archiver writes them: each event's feed time recorded (FeedTimes).
                List<ArchivedEvent> stamped = feedTimes.stamp(segment);
                byte[] object = SegmentCodec.encode(stamped);
                ManifestEntry entry;
                if (inCompacted) {
                    entry = ManifestEntry.of(
                            ArchiveLayout.compactedSegmentKey(segment.get(0).globalIndex(), index),
                            after,
                            stamped,
                            object);
                    indexed.add(entry);
                } else {
                    entry = ManifestEntry.of(after, stamped, object);
                    store.put(ArchiveLayout.manifestKey(entry.firstGlobalIndex()), entry.toJson());
                }
                store.put(entry.segment(), object);
                after = entry.lastGlobalIndex();
                bytes += object.length;
                segment.clear();
            }
        }
        if (!indexed.isEmpty()) {
            LocalDate day = LocalDate.ofInstant(START, ZoneOffset.UTC);
            store.put(ArchiveLayout.indexKey(day), new ArchiveIndex(day, indexed).toJson());
        }
        return bytes;
    }

    private static MarketQuote quote(String instrument, long file, Instant time) {
        BigDecimal tick = new BigDecimal("0.015625");
        BigDecimal bid = new BigDecimal("112").add(tick.multiply(BigDecimal.valueOf(file % 40)));
        List<PriceLevel> bids = new ArrayList<>();
        List<PriceLevel> asks = new ArrayList<>();
        for (int level = 2; level <= 10; level++) {
            bids.add(new PriceLevel(level, bid.subtract(tick.multiply(BigDecimal.valueOf(level - 1))), 100L + level));
            asks.add(new PriceLevel(level, bid.add(tick.multiply(BigDecimal.valueOf(level))), 200L + level));
        }
        return new MarketQuote(
                instrument,
                time,
                bid,
                250L,
                bid.add(tick),
                310L,
                bid,
                15_000 + file,
                bids,
                asks,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                tick,
                new BigDecimal("1000"),
                null);
    }
}
