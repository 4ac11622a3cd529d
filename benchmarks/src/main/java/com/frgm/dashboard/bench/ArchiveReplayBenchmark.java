package com.frgm.dashboard.bench;

import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchiveLayout;
import com.frgm.dashboard.eventstore.archive.ArchivedEvent;
import com.frgm.dashboard.eventstore.archive.ManifestEntry;
import com.frgm.dashboard.eventstore.archive.SegmentCodec;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.replay.ArchiveReplaySource;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import com.frgm.dashboard.query.pointintime.PointInTimeState;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.replay.ReplayWindow;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Events per second replayed from an archive into point-in-time state (verify, gunzip, parse,
 * deserialize, the three projections in memory), beside the raw rate of only reading and
 * decompressing the same segments into lines, in one run.
 *
 * <pre>./mvnw -q -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) com.frgm.dashboard.bench.ArchiveReplayBenchmark</pre>
 */
public final class ArchiveReplayBenchmark {

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("events", 200_000);
        int segmentSize = Integer.getInteger("segment", 5_000);
        int rounds = Integer.getInteger("rounds", 3);
        Path dir = Files.createTempDirectory("frgm-archive-bench");
        FileObjectStore store = new FileObjectStore(dir);
        long bytes = writeArchive(store, events, segmentSize);
        Archive archive = new Archive(store);
        System.out.printf(Locale.ROOT, "Archive replay benchmark: %,d events in %d segments of %,d (%,.1f MB gzip), "
                + "%d rounds, %s%n", events, archive.manifest().size(), segmentSize, bytes / 1e6, rounds,
                Runtime.version());
        raw(archive);
        pointInTime(archive);                           // warm-up
        List<Double> raws = new ArrayList<>();
        List<Double> replays = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double raw = raw(archive);
            double replay = pointInTime(archive);
            raws.add(raw);
            replays.add(replay);
            System.out.printf(Locale.ROOT, "round %d: point-in-time replay %,10.0f events/s | read+gunzip %,10.0f"
                    + " events/s | ratio %.2fx%n", round, replay, raw, replay / raw);
        }
        System.out.printf(Locale.ROOT, "median:  point-in-time replay %,10.0f events/s | read+gunzip %,10.0f"
                + " events/s | ratio %.2fx%n", median(replays), median(raws), median(replays) / median(raws));
    }

    /** Only what any reader must do: fetch each segment, gunzip it, split it into lines. */
    private static double raw(Archive archive) throws Exception {
        long start = System.nanoTime();
        long lines = 0;
        for (ManifestEntry entry : archive.manifest()) {
            byte[] object = archive.store().get(entry.segment()).orElseThrow();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(new ByteArrayInputStream(object), 1 << 16), StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    lines++;
                }
            }
        }
        return lines / ((System.nanoTime() - start) / 1e9);
    }

    /** The CLI's path: the archive source through the registered upcasters, the replay engine, the in-memory projections. */
    private static double pointInTime(Archive archive) {
        long start = System.nanoTime();
        ArchiveReplaySource source = new ArchiveReplaySource(archive, EventSerialization.serializer(),
                EventUpcasters.registered());
        PointInTimeState state = new PointInTimeState(ZoneOffset.UTC);
        ReplayEngine.Replayed replayed = new ReplayEngine(1_000).replay(source, 0, ReplayWindow.everything(),
                state.projections(), index -> { });
        if (state.ladder("ZNH7").isEmpty()) {
            throw new IllegalStateException("replay produced no ladder");
        }
        return replayed.events() / ((System.nanoTime() - start) / 1e9);
    }

    /** Market data as the feed sends it: 20 instruments a file, ten levels of depth, then the file event. */
    private static long writeArchive(FileObjectStore store, int events, int segmentSize) {
        Serializer serializer = EventSerialization.serializer();
        SerializedObject<byte[]> meta = serializer.serialize(MetaData.with("traceId", UUID.randomUUID().toString()),
                byte[].class);
        Instant time = Instant.parse("2024-01-15T10:00:00Z");
        List<ArchivedEvent> segment = new ArrayList<>();
        long after = 0;
        long bytes = 0;
        for (long index = 1; index <= events; index++) {
            long file = index / 21;
            Object payload = index % 21 == 0
                    ? new MarketDataFileAcceptedEvent("GE_XCME.ZN", "f" + file + ".csv", "sha" + file, time, 20, 20, 0, 0)
                    : new QuoteUpdatedEvent("GE_XCME.ZN", "f" + file + ".csv", quote("ZNH" + index % 21, file, time));
            SerializedObject<byte[]> data = serializer.serialize(payload, byte[].class);
            segment.add(new ArchivedEvent(index, UUID.randomUUID().toString(), "GE_XCME.ZN", "MarketDataFeed", index - 1,
                    data.getType().getName(), data.getType().getRevision(), time.toString(), data.getData(),
                    meta.getData()));
            if (index % 21 == 0) {
                time = time.plusSeconds(1);
            }
            if (segment.size() == segmentSize || index == events) {
                byte[] object = SegmentCodec.encode(segment);
                ManifestEntry entry = ManifestEntry.of(after, segment, object);
                store.put(entry.segment(), object);
                store.put(ArchiveLayout.manifestKey(entry.firstGlobalIndex()), entry.toJson());
                after = entry.lastGlobalIndex();
                bytes += object.length;
                segment.clear();
            }
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
        return new MarketQuote(instrument, time, bid, 250L, bid.add(tick), 310L, bid, 15_000 + file, bids, asks,
                BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, tick, new BigDecimal("1000"),
                null);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
