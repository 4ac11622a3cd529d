package com.frgm.dashboard.bench;

import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ManifestEntry;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

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
        long bytes = SyntheticArchive.write(store, events, segmentSize);
        Archive archive = new Archive(store);
        System.out.printf(
                Locale.ROOT,
                "Archive replay benchmark: %,d events in %d segments of %,d (%,.1f MB gzip), " + "%d rounds, %s%n",
                events,
                archive.manifest().size(),
                segmentSize,
                bytes / 1e6,
                rounds,
                Runtime.version());
        raw(archive);
        pointInTime(archive); // warm-up
        List<Double> raws = new ArrayList<>();
        List<Double> replays = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double raw = raw(archive);
            double replay = pointInTime(archive);
            raws.add(raw);
            replays.add(replay);
            System.out.printf(
                    Locale.ROOT,
                    "round %d: point-in-time replay %,10.0f events/s | read+gunzip %,10.0f"
                            + " events/s | ratio %.2fx%n",
                    round,
                    replay,
                    raw,
                    replay / raw);
        }
        System.out.printf(
                Locale.ROOT,
                "median:  point-in-time replay %,10.0f events/s | read+gunzip %,10.0f" + " events/s | ratio %.2fx%n",
                median(replays),
                median(raws),
                median(replays) / median(raws));
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
        ArchiveReplaySource source =
                new ArchiveReplaySource(archive, EventSerialization.serializer(), EventUpcasters.registered());
        PointInTimeState state = new PointInTimeState(ZoneOffset.UTC);
        ReplayEngine.Replayed replayed =
                new ReplayEngine(1_000).replay(source, 0, ReplayWindow.everything(), state.projections(), index -> {});
        if (state.ladder("ZNH7").isEmpty()) {
            throw new IllegalStateException("replay produced no ladder");
        }
        return replayed.events() / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
