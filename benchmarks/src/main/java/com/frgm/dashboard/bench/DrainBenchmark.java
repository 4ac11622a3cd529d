package com.frgm.dashboard.bench;

import com.frgm.dashboard.app.FrgmApplication;
import com.frgm.dashboard.ingest.s3.S3ListingPoller;
import com.frgm.dashboard.ingest.testsupport.S3MockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * How fast the S3 source drains a backlog (issue 18): the application's ingest role with the
 * listing source against S3Mock (its own process, as in the tests) and embedded PostgreSQL. For
 * each size, that many files (21 rows each, the four feed kinds in turn) are queued in the
 * buckets; then, in one run, the same objects are fetched with plain concurrent GETs (the floor
 * the issue names), the requests every drain must make for them (GET, COPY, DELETE) are made
 * plainly and concurrently, and they are drained by the real listing passes (list, read,
 * parse, commit, move). Last, bursts of files are uploaded while the source runs, and the time from the
 * end of each upload to the last file's commit is printed.
 *
 * <pre>./mvnw -q -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Ds3mock.jar=benchmarks/target/s3mock/s3mock.jar -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) \
 *      com.frgm.dashboard.bench.DrainBenchmark   [-Dsizes=50,500,5000 -Drows=21 -Dburst=50 -Dbursts=3]</pre>
 */
public final class DrainBenchmark {

    /** The floor's GETs in flight at once: the drain's default {@code frgm.ingest.drain.s3-concurrency}. */
    private static final int CONCURRENCY = 16;

    public static void main(String[] args) {
        // Axon leaves a non-daemon scheduler thread behind after the context closes: exit explicitly.
        try {
            run();
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        List<Integer> sizes = Arrays.stream(
                        System.getProperty("sizes", "50,500,5000").split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
        int rows = Integer.getInteger("rows", 21);
        int burst = Integer.getInteger("burst", 50);
        int bursts = Integer.getInteger("bursts", 3);
        S3MockServer s3mock = S3MockServer.shared();
        s3mock.createBuckets(BenchFeed.MARKET_DATA.bucket(), BenchFeed.WORKING_ORDERS.bucket());
        Path dataDir = Files.createTempDirectory("frgm-drain-bench");
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        System.setProperty("aws.endpointUrlS3", s3mock.endpoint().toString());
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        // Every pass lists whole prefixes: the benchmark's start- and end-of-day dates run backwards,
        // which the listing cursor would otherwise leave to the periodic full scan.
        try (S3Client s3 = s3mock.client();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(FrgmApplication.class)
                        .run(
                                "--frgm.data-dir=" + dataDir,
                                "--frgm.roles=ingest",
                                "--frgm.ingest.source=s3",
                                "--frgm.ingest.env=" + BenchFeed.ENV,
                                "--frgm.ingest.s3-full-scan-every=0s",
                                "--frgm.archive.enabled=false",
                                "--frgm.feeds.stall-after=1d",
                                "--frgm.demo.enabled=false",
                                "--server.port=0",
                                "--logging.level.root=WARN")) {
            S3ListingPoller source = app.getBean(S3ListingPoller.class);
            source.stop();
            Drains drains = new Drains(s3, pool, app.getBean(JdbcTemplate.class), source, rows);
            System.out.printf(
                    Locale.ROOT,
                    "Drain benchmark: S3Mock %s, %d rows per file, the four feed kinds in turn, "
                            + "%d GETs in flight for the floor, %s%n",
                    s3mock.endpoint(),
                    rows,
                    CONCURRENCY,
                    Runtime.version());
            drains.queueAndDrain(Math.max(4, Math.min(50, sizes.get(0)))); // warm-up: JIT, connections, aggregates
            for (int size : sizes) {
                Drains.Figures figures = drains.queueAndDrain(size);
                System.out.printf(
                        Locale.ROOT,
                        "%,6d files: drain %7.2f s %6.0f files/s | plain concurrent GETs %6.2f s "
                                + "%6.0f files/s | ratio %.2fx (target >= 0.30x) | plain GET+COPY+DELETE %6.2f s, ratio %.2fx%n",
                        size,
                        figures.drainSeconds(),
                        size / figures.drainSeconds(),
                        figures.floorSeconds(),
                        size / figures.floorSeconds(),
                        figures.floorSeconds() / figures.drainSeconds(),
                        figures.s3Seconds(),
                        figures.s3Seconds() / figures.drainSeconds());
            }
            source.start();
            List<Double> latencies = new ArrayList<>();
            for (int round = 1; round <= bursts; round++) {
                double seconds = drains.burst(burst);
                latencies.add(seconds);
                System.out.printf(
                        Locale.ROOT,
                        "burst %d: %d files ingested %.2f s after their upload ended%n",
                        round,
                        burst,
                        seconds);
            }
            System.out.printf(
                    Locale.ROOT,
                    "median: a burst of %d files ingested %.2f s after the upload ended " + "(target <= 2 s)%n",
                    burst,
                    latencies.stream().sorted().toList().get(latencies.size() / 2));
            source.stop();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for every future; a failed upload or GET fails the run. */
    static void all(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get();
        }
    }

    static void upload(S3Client s3, ExecutorService pool, List<BenchObject> objects) throws Exception {
        List<Future<?>> puts = new ArrayList<>();
        for (BenchObject object : objects) {
            puts.add(pool.submit(() -> s3.putObject(
                    r -> r.bucket(object.bucket()).key(object.key()), RequestBody.fromBytes(object.content()))));
        }
        all(puts);
    }
}
