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
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Events appended per second through the real ingest path (hash, parse, one command per file,
 * aggregate, Axon's JDBC engine, commit), beside a raw batched JDBC insert of the very same
 * event rows into the same PostgreSQL, one transaction per file, in one run.
 *
 * <pre>./mvnw -q -pl benchmarks -am install -DskipTests && ./mvnw -q -pl benchmarks exec:exec [-Dfiles=200 -Drows=500]</pre>
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        int files = Integer.getInteger("files", 200);
        int rows = Integer.getInteger("rows", 500);
        int rounds = Integer.getInteger("rounds", 3);
        Path dataDir = Files.createTempDirectory("frgm-bench");
        System.setProperty("axoniq.update-checker.disabled", "true");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FrgmApplication.class).run(
                "--frgm.data-dir=" + dataDir, "--frgm.roles=ingest", "--frgm.ingest.source=none",
                "--frgm.demo.enabled=false", "--server.port=0", "--logging.level.root=WARN")) {
            FileIngestor ingestor = app.getBean(FileIngestor.class);
            RawEventInserter raw = new RawEventInserter(app.getBean(javax.sql.DataSource.class));
            System.out.printf(Locale.ROOT, "Ingest benchmark: %d files x %d rows per round, %d rounds, %s%n",
                    files, rows, rounds, Runtime.version());
            int next = 0;
            next = runAxon(ingestor, next, files / 4, rows); // warm-up: JIT, caches, aggregate
            raw.insert(eventRowsOf(app, next - files / 4, next), true);
            List<Double> axonRates = new ArrayList<>();
            List<Double> rawRates = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                int first = next;
                long start = System.nanoTime();
                next = runAxon(ingestor, next, files, rows);
                double axon = rate((long) files * (rows + 1), System.nanoTime() - start);
                List<List<RawEventInserter.Row>> sameRows = eventRowsOf(app, first, next);
                double rawRate = raw.insert(sameRows, false);
                axonRates.add(axon);
                rawRates.add(rawRate);
                System.out.printf(Locale.ROOT, "round %d: ingest path %,10.0f events/s | raw JDBC batch %,10.0f events/s"
                        + " | ratio %.2fx%n", round, axon, rawRate, axon / rawRate);
            }
            double axon = median(axonRates);
            double rawRate = median(rawRates);
            System.out.printf(Locale.ROOT, "median:  ingest path %,10.0f events/s | raw JDBC batch %,10.0f events/s"
                    + " | ratio %.2fx (target >= 0.60x)%n", axon, rawRate, axon / rawRate);
        }
    }

    private static int runAxon(FileIngestor ingestor, int from, int count, int rows) {
        for (int i = from; i < from + count; i++) {
            byte[] content = BenchFiles.csv(i, rows).getBytes(StandardCharsets.UTF_8);
            FeedFile file = new FeedFile("frgm-actant-dev", BenchFiles.key(i), content.length,
                    () -> new ByteArrayInputStream(content));
            IngestOutcome outcome = ingestor.ingest(file);
            if (!(outcome instanceof IngestOutcome.Accepted)) {
                throw new IllegalStateException("benchmark file " + i + " was not accepted: " + outcome);
            }
        }
        return from + count;
    }

    /** The stored rows of the files just ingested, one list per file, to insert again raw. */
    private static List<List<RawEventInserter.Row>> eventRowsOf(ConfigurableApplicationContext app, int from, int to) {
        return RawEventInserter.readBack(app.getBean(javax.sql.DataSource.class), BenchFiles.key(from),
                BenchFiles.key(to - 1));
    }

    private static double rate(long events, long nanos) {
        return events / (nanos / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
