package com.frgm.dashboard.bench;

import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchiveLayout;
import com.frgm.dashboard.eventstore.checkpoint.ObjectStoreCheckpoints;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.replay.ArchiveReplaySource;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import com.frgm.dashboard.query.pointintime.Checkpointer;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.pointintime.PointInTimeState;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Time to answer one instrument's state at random instants over an archive holding a full
 * trading day at the feed's rate, as production keeps it: compacted segments in the day's
 * index, the last fifteen minutes still in the archiver's small segments (one per two seconds), and
 * the replay checkpoints beside them. Cold:
 * each answer opens the archive afresh, as one CLI run does; warm: one reader asked again, as
 * the API's is. Both clocks. One answer is checked against a replay from the first event.
 *
 * <pre>./mvnw -q -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) com.frgm.dashboard.bench.TimeTravelBenchmark</pre>
 */
public final class TimeTravelBenchmark {

    private static final String INSTRUMENT = "ZNH7";
    private static final EventUpcasterChain UPCASTERS = EventUpcasters.registered();

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("events", 1_700_000);
        int segment = Integer.getInteger("segment", 42);
        int questions = Integer.getInteger("questions", 20);
        String reuse = System.getProperty("archive", "");
        Path dir = reuse.isEmpty() ? Files.createTempDirectory("frgm-time-travel-bench") : Path.of(reuse);
        FileObjectStore store = new FileObjectStore(dir);
        System.out.printf(
                Locale.ROOT,
                "Time travel benchmark: a day of %,d events, small segments of %d, "
                        + "%d questions per kind, %s, archive in %s%n",
                events,
                segment,
                questions,
                Runtime.version(),
                dir);
        if (reuse.isEmpty()) {
            setUp(store, events, segment);
        }
        System.out.printf(
                Locale.ROOT,
                "the archive: %d day index(es), %,d loose manifest entries, %,d checkpoints%n",
                store.list(ArchiveLayout.INDEX).size(),
                store.list(ArchiveLayout.MANIFEST).size(),
                new ObjectStoreCheckpoints(store).list(PointInTimeState.VERSION).size());
        ask(store, events, questions);
        System.exit(0);
    }

    /**
     * The day as compaction leaves it: compacted segments and the day's index, then the last
     * fifteen minutes (what compaction has not reached yet) in small segments; and the
     * checkpoints the writer keeps. Compaction is not timed here: its output is written directly
     * (ArchiveCompactorTest and ArchiveRestoreIT check that it is the same archive), which saves
     * minutes of setup.
     */
    private static void setUp(FileObjectStore store, int events, int segment) {
        int tail = Math.min(events / 2, Integer.getInteger("loose-minutes", 15) * 60 * 21);
        long started = System.nanoTime();
        SyntheticArchive.writeDay(store, events, events - tail, 10_000, segment);
        System.out.printf(
                Locale.ROOT,
                "setup: wrote %,d events as compacted segments and the last %,d in %,d small" + " segments in %.1f s%n",
                events - tail,
                tail,
                store.list(ArchiveLayout.MANIFEST).size(),
                seconds(started));
        started = System.nanoTime();
        Checkpointer checkpointer = new Checkpointer(
                new ReplayEngine(1_000),
                source(store),
                new ObjectStoreCheckpoints(store),
                ZoneOffset.UTC,
                Checkpointer.DEFAULT_EVERY);
        int saved = checkpointer.catchUp(index -> {});
        System.out.printf(
                Locale.ROOT,
                "setup: wrote %d checkpoints in %.1f s (the writer replays %,.0f events/s)%n",
                saved,
                seconds(started),
                events / seconds(started));
    }

    private static void ask(FileObjectStore store, int events, int questions) {
        Instant first = SyntheticArchive.START;
        long daySeconds = events / 21;
        Random random = new Random(42);
        PointInTime warm = pointInTime(store);
        warm.stateAt(first.plusSeconds(daySeconds / 2), INSTRUMENT, ReplayClock.DESK, index -> {});
        List<String> summary = new ArrayList<>();
        for (ReplayClock clock : ReplayClock.values()) {
            for (boolean cold : new boolean[] {true, false}) {
                List<Double> millis = new ArrayList<>();
                for (int q = 0; q < questions; q++) {
                    Instant at = first.plusMillis((long) (random.nextDouble() * daySeconds * 1000));
                    long start = System.nanoTime();
                    StateAtView view = (cold ? pointInTime(store) : warm).stateAt(at, INSTRUMENT, clock, index -> {});
                    millis.add((System.nanoTime() - start) / 1e6);
                    if (view.ladders().isEmpty() && at.isAfter(first.plusSeconds(1))) {
                        throw new IllegalStateException("no ladder for " + INSTRUMENT + " at " + at);
                    }
                }
                String line = String.format(
                        Locale.ROOT,
                        "%-4s clock, %-4s: median %6.0f ms | max %6.0f ms | over 1 s:" + " %d of %d",
                        clock.name().toLowerCase(Locale.ROOT),
                        cold ? "cold" : "warm",
                        median(millis),
                        Collections.max(millis),
                        millis.stream().filter(m -> m >= 1000).count(),
                        millis.size());
                System.out.println(line + "   (each: "
                        + millis.stream()
                                .map(m -> String.format(Locale.ROOT, "%.0f", m))
                                .toList() + ")");
                summary.add(line);
            }
        }
        check(store, first.plusSeconds(daySeconds - 600));
        System.out.println("summary (target: every answer under 1 s):");
        summary.forEach(line -> System.out.println("  " + line));
    }

    /** One answer late in the day equals the answer of a replay from the first event. */
    private static void check(FileObjectStore store, Instant at) {
        long start = System.nanoTime();
        StateAtView full = new PointInTime(new ReplayEngine(1_000), source(store), ZoneOffset.UTC)
                .stateAt(at, INSTRUMENT, ReplayClock.DESK, index -> {});
        double fullSeconds = seconds(start);
        StateAtView fast = pointInTime(store).stateAt(at, INSTRUMENT, ReplayClock.DESK, index -> {});
        if (!fast.ladders().equals(full.ladders()) || !fast.feeds().equals(full.feeds())) {
            throw new IllegalStateException("the answer from a checkpoint differs from a full replay at " + at);
        }
        System.out.printf(
                Locale.ROOT,
                "check: the answer at %s equals a replay from the first event (%,d events,"
                        + " %.1f s without checkpoints)%n",
                at,
                full.eventsApplied(),
                fullSeconds);
    }

    private static PointInTime pointInTime(FileObjectStore store) {
        return new PointInTime(
                new ReplayEngine(1_000), source(store), new ObjectStoreCheckpoints(store), ZoneOffset.UTC);
    }

    private static ArchiveReplaySource source(FileObjectStore store) {
        return new ArchiveReplaySource(new Archive(store), EventSerialization.serializer(), UPCASTERS);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
