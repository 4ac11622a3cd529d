package com.frgm.dashboard.bench;

import com.frgm.dashboard.app.FrgmApplication;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Events appended per second through the real ingest path (hash, parse, one command per file,
 * aggregate, Axon's JDBC engine, commit), beside a raw batched JDBC insert of the very same
 * event rows into the same PostgreSQL, one transaction per file, in one run, for each feed kind.
 *
 * <pre>./mvnw -q -pl benchmarks -am install -DskipTests && ./mvnw -q -pl benchmarks exec:exec
 *     [-Dfiles=200 -Drows=500 -Drounds=3 -Dkinds=market_data,start_of_day,end_of_day,working_orders]</pre>
 */
public final class IngestBenchmark {

    public static void main(String[] args) {
        // Axon leaves a non-daemon scheduler thread (axon-janitor) behind after the context closes:
        // exit explicitly, and with a failure code when the run fails rather than hanging.
        try {
            run();
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        int files = Integer.getInteger("files", 200);
        int rows = Integer.getInteger("rows", 500);
        int rounds = Integer.getInteger("rounds", 3);
        List<BenchFeed> kinds = Arrays.stream(
                        System.getProperty("kinds", "market_data,start_of_day,end_of_day," + "working_orders")
                                .split(","))
                .map(k -> BenchFeed.valueOf(k.trim().toUpperCase(Locale.ROOT)))
                .toList();
        Path dataDir = Files.createTempDirectory("frgm-bench");
        System.setProperty("axoniq.update-checker.disabled", "true");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FrgmApplication.class)
                .run(
                        "--frgm.data-dir=" + dataDir,
                        "--frgm.roles=ingest",
                        "--frgm.ingest.source=none",
                        "--frgm.feeds.stall-after=1d",
                        "--frgm.demo.enabled=false",
                        "--server.port=0",
                        "--logging.level.root=WARN")) {
            FileIngestor ingestor = app.getBean(FileIngestor.class);
            DataSource dataSource = app.getBean(DataSource.class);
            RawEventInserter raw = new RawEventInserter(dataSource);
            System.out.printf(
                    Locale.ROOT,
                    "Ingest benchmark: %d files x %d rows per round, %d rounds, %s%n",
                    files,
                    rows,
                    rounds,
                    Runtime.version());
            for (BenchFeed kind : kinds) {
                run(kind, ingestor, dataSource, raw, files, rows, rounds);
            }
        }
    }

    private static void run(
            BenchFeed kind,
            FileIngestor ingestor,
            DataSource dataSource,
            RawEventInserter raw,
            int files,
            int rows,
            int rounds)
            throws Exception {
        int next = kind.ordinal() * 10_000;
        long before = RawEventInserter.lastGlobalIndex(dataSource);
        List<Integer> warmUp = ingest(kind, ingestor, next, files / 4, rows); // JIT, caches, aggregate
        next += files / 4;
        raw.insert(RawEventInserter.readBack(dataSource, before, warmUp), true);
        List<Double> axonRates = new ArrayList<>();
        List<Double> rawRates = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            before = RawEventInserter.lastGlobalIndex(dataSource);
            long start = System.nanoTime();
            List<Integer> events = ingest(kind, ingestor, next, files, rows);
            double axon = events.stream().mapToInt(Integer::intValue).sum() / ((System.nanoTime() - start) / 1e9);
            next += files;
            double rawRate = raw.insert(RawEventInserter.readBack(dataSource, before, events), false);
            axonRates.add(axon);
            rawRates.add(rawRate);
            System.out.printf(
                    Locale.ROOT,
                    "%-14s round %d: ingest path %,10.0f events/s | raw JDBC batch %,10.0f"
                            + " events/s | ratio %.2fx%n",
                    kind,
                    round,
                    axon,
                    rawRate,
                    axon / rawRate);
        }
        double axon = median(axonRates);
        double rawRate = median(rawRates);
        System.out.printf(
                Locale.ROOT,
                "%-14s median:  ingest path %,10.0f events/s | raw JDBC batch %,10.0f events/s"
                        + " | ratio %.2fx (target >= 0.60x)%n",
                kind,
                axon,
                rawRate,
                axon / rawRate);
    }

    /** Ingests {@code count} files from {@code from}; returns each file's event count, in order. */
    private static List<Integer> ingest(BenchFeed kind, FileIngestor ingestor, int from, int count, int rows) {
        List<Integer> events = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            byte[] content = kind.content(i, rows).getBytes(StandardCharsets.UTF_8);
            FeedFile file =
                    new FeedFile(kind.bucket(), kind.key(i), content.length, () -> new ByteArrayInputStream(content));
            IngestOutcome outcome = ingestor.ingest(file);
            if (!(outcome instanceof IngestOutcome.Accepted accepted)) {
                throw new IllegalStateException(
                        kind + " benchmark file " + kind.key(i) + " was not accepted: " + outcome);
            }
            events.add(accepted.events());
        }
        return events;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
