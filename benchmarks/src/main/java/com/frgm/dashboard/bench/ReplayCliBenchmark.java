package com.frgm.dashboard.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.checkpoint.ObjectStoreCheckpoints;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.replay.ArchiveReplaySource;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The {@code replay} command as an operator runs it: a cold JVM per answer, as a child process,
 * over an archive in a plain directory (no database), on both clocks; the plain
 * {@code java -jar} and {@code bin/frgm} (extracted jar, dynamic CDS, C1, serial GC) side by
 * side, beside the time of the same answer inside a warm process. Every child's standard output
 * must equal the in-process answer's JSON. Run from the repository's root after the build, on an
 * archive TimeTravelBenchmark left ({@code -Darchive=<dir>}):
 *
 * <pre>java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) -Darchive=/tmp/frgm-time-travel-bench... \
 *     com.frgm.dashboard.bench.ReplayCliBenchmark   # -Druns=7 -Dat=2024-01-16T02:13:00Z</pre>
 */
public final class ReplayCliBenchmark {

    private static final String INSTRUMENT = "ZNH7";

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(System.getProperty("archive", ""));
        int runs = Integer.getInteger("runs", 7);
        Instant at = Instant.parse(System.getProperty("at", "2024-01-16T02:13:00Z"));
        System.out.printf(
                Locale.ROOT,
                "Replay CLI benchmark: %s, %d runs each, at %s, archive %s%n",
                Runtime.version(),
                runs,
                at,
                archive);
        System.out.println("uptime: " + run(List.of("uptime")).out().trim());
        // The first bin/frgm run extracts the jar and writes the class-data archive: not timed.
        run(command("bin/frgm", ReplayClock.DESK, at, archive));
        run(command("bin/frgm", ReplayClock.FEED, at, archive));
        for (ReplayClock clock : ReplayClock.values()) {
            long start = System.nanoTime();
            String expected = answer(archive, at, clock);
            double inProcess = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            answer(archive, at, clock);
            double warm = (System.nanoTime() - start) / 1e6;
            for (String launcher : List.of("java -jar", "bin/frgm")) {
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    start = System.nanoTime();
                    Result result = run(command(launcher, clock, at, archive));
                    millis.add((System.nanoTime() - start) / 1e6);
                    if (!result.out().equals(expected)) {
                        throw new IllegalStateException(launcher + " answered differently from the in-process answer");
                    }
                }
                System.out.printf(
                        Locale.ROOT,
                        "%-4s clock, %-9s: median %5.0f ms | max %5.0f ms wall | in process: first %4.0f ms, again %4.0f ms | under 1 s: %d of %d %s%n",
                        clock.name().toLowerCase(Locale.ROOT),
                        launcher,
                        median(millis),
                        Collections.max(millis),
                        inProcess,
                        warm,
                        millis.stream().filter(m -> m < 1000).count(),
                        runs,
                        millis.stream()
                                .map(m -> String.format(Locale.ROOT, "%.0f", m))
                                .toList());
            }
        }
        System.out.println("uptime: " + run(List.of("uptime")).out().trim());
        System.exit(0);
    }

    private static List<String> command(String launcher, ReplayClock clock, Instant at, Path archive) {
        List<String> command = new ArrayList<>(
                launcher.equals("bin/frgm")
                        ? List.of("bin/frgm")
                        : List.of("java", "-jar", "app/target/frgm-dashboard-exec.jar"));
        command.addAll(List.of(
                "replay",
                clock == ReplayClock.DESK ? "--at" : "--feed-time",
                at.toString(),
                "--instrument",
                INSTRUMENT,
                "--source",
                "archive",
                "--archive",
                archive.toString()));
        return command;
    }

    /** The JSON the command prints, computed here as ReplayCommand does. */
    private static String answer(Path archive, Instant at, ReplayClock clock) throws IOException {
        FileObjectStore store = new FileObjectStore(archive);
        StateAtView view = new PointInTime(
                        new ReplayEngine(1_000),
                        new ArchiveReplaySource(
                                new Archive(store), EventSerialization.serializer(), EventUpcasters.registered()),
                        new ObjectStoreCheckpoints(store),
                        ZoneOffset.UTC)
                .stateAt(at, INSTRUMENT, clock, index -> {});
        return EventSerialization.objectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(view)
                + System.lineSeparator();
    }

    private record Result(String out) {}

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException(command + " exited " + code);
        }
        return new Result(out);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
