package com.frgm.dashboard.bench;

import com.frgm.dashboard.api.projections.ProjectionView;
import com.frgm.dashboard.app.FrgmApplication;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import com.frgm.dashboard.query.rebuild.ProjectionRebuilds;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A full blue/green rebuild of the ladder projection from the store (ADR 0024), in one run on the
 * same embedded PostgreSQL and Redis: events per second of the rebuild beside a raw sequential JDBC
 * read of the same event rows, and Redis writes per second of the rebuild (its guarded scripts,
 * counted by Redis itself) beside raw pipelined {@code HSET}s of the same keys and fields.
 *
 * <pre>./mvnw -q -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) com.frgm.dashboard.bench.RebuildBenchmark</pre>
 * {@code -Dfiles=200 -Drows=500 -Drounds=3}: files of market data in the store, rows (instruments) per file.
 */
public final class RebuildBenchmark {

    private static final int PIPELINE = 1_000;

    public static void main(String[] args) {
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
        Path dataDir = Files.createTempDirectory("frgm-rebuild-bench");
        System.setProperty("axoniq.update-checker.disabled", "true");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FrgmApplication.class)
                .run(
                        "--frgm.data-dir=" + dataDir,
                        "--frgm.ingest.source=none",
                        "--frgm.history.enabled=false",
                        "--frgm.feeds.stall-after=1d",
                        "--frgm.demo.enabled=false",
                        "--server.port=0",
                        "--frgm.rebuild.watch-redis=false",
                        "--logging.level.root=WARN")) {
            DataSource dataSource = app.getBean(DataSource.class);
            FileIngestor ingestor = app.getBean(FileIngestor.class);
            for (int i = 0; i < files; i++) {
                byte[] content = BenchFeed.MARKET_DATA.content(i, rows).getBytes(StandardCharsets.UTF_8);
                IngestOutcome outcome = ingestor.ingest(new FeedFile(
                        BenchFeed.MARKET_DATA.bucket(),
                        BenchFeed.MARKET_DATA.key(i),
                        content.length,
                        () -> new ByteArrayInputStream(content)));
                if (!(outcome instanceof IngestOutcome.Accepted)) {
                    throw new IllegalStateException("benchmark file " + i + " was not accepted: " + outcome);
                }
            }
            long head = RawEventInserter.lastGlobalIndex(dataSource);
            ProjectionRebuilds rebuilds = app.getBean(ProjectionRebuilds.class);
            awaitLive(rebuilds, head);
            System.out.printf(
                    Locale.ROOT,
                    "Rebuild benchmark: ladder over %,d events (%d files x %d instruments)," + " %d rounds, %s%n",
                    head,
                    files,
                    rows,
                    rounds,
                    Runtime.version());
            RedisClient client = RedisClient.create(app.getEnvironment().getRequiredProperty("spring.data.redis.url"));
            try (StatefulRedisConnection<String, String> redis = client.connect()) {
                List<double[]> results = new ArrayList<>();
                for (int round = 0; round <= rounds; round++) {
                    double[] result = round(rebuilds, dataSource, redis);
                    if (round > 0) { // round 0 warms the JIT and the caches
                        results.add(result);
                        print("round " + round, result);
                    }
                }
                print(
                        "median",
                        new double[] {median(results, 0), median(results, 1), median(results, 2), median(results, 3)});
            } finally {
                client.shutdown();
            }
        }
    }

    /** Rebuild events/s, raw read events/s, rebuild Redis writes/s, raw pipelined HSET/s. */
    private static double[] round(
            ProjectionRebuilds rebuilds, DataSource dataSource, StatefulRedisConnection<String, String> redis)
            throws Exception {
        long scriptsBefore = scriptCalls(redis);
        long start = System.nanoTime();
        rebuilds.start("ladder");
        ProjectionView view = awaitRebuilt(rebuilds);
        double seconds = (System.nanoTime() - start) / 1e9;
        long writes = scriptCalls(redis) - scriptsBefore;
        double rebuildRate = view.rebuild().events() / seconds;
        long readStart = System.nanoTime();
        double readRate = rawRead(dataSource) / ((System.nanoTime() - readStart) / 1e9);
        double rawWrites = rawHsets(redis, writes);
        return new double[] {rebuildRate, readRate, writes / seconds, rawWrites};
    }

    /** Every event row's columns read in global order, as a replay reads them; returns the rows read. */
    private static long rawRead(DataSource dataSource) throws Exception {
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT global_index, type, aggregate_identifier,"
                            + " sequence_number, event_identifier, time_stamp, payload_type, payload_revision, payload,"
                            + " meta_data FROM domain_event_entry ORDER BY global_index")) {
                select.setFetchSize(2_000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(1);
                        rows.getBytes(9);
                        rows.getBytes(10);
                        count++;
                    }
                }
            }
            connection.commit();
        }
        return count;
    }

    /**
     * {@code count} HSETs of the live market hashes' own fields, cycling over the instruments,
     * pipelined {@value #PIPELINE} at a time, into keys of their own; returns HSETs per second.
     */
    private static double rawHsets(StatefulRedisConnection<String, String> redis, long count) {
        List<String> keys = redis.sync().keys("actant:market:*");
        List<Map<String, String>> hashes =
                keys.stream().map(key -> redis.sync().hgetall(key)).toList();
        RedisAsyncCommands<String, String> async = redis.async();
        long start = System.nanoTime();
        List<RedisFuture<?>> pending = new ArrayList<>(PIPELINE);
        for (long i = 0; i < count; i++) {
            int which = (int) (i % keys.size());
            pending.add(async.hset("bench:" + keys.get(which), hashes.get(which)));
            if (pending.size() == PIPELINE) {
                LettuceFutures.awaitAll(Duration.ofSeconds(30), pending.toArray(new RedisFuture[0]));
                pending.clear();
            }
        }
        LettuceFutures.awaitAll(Duration.ofSeconds(30), pending.toArray(new RedisFuture[0]));
        double rate = count / ((System.nanoTime() - start) / 1e9);
        redis.sync().del(keys.stream().map(key -> "bench:" + key).toArray(String[]::new));
        return rate;
    }

    /** Scripts Redis has run (the guarded writes are EVALSHA calls). */
    private static long scriptCalls(StatefulRedisConnection<String, String> redis) {
        for (String line : redis.sync().info("commandstats").split("\r?\n")) {
            if (line.startsWith("cmdstat_evalsha:")) {
                return Long.parseLong(line.substring(line.indexOf("calls=") + 6, line.indexOf(',')));
            }
        }
        return 0;
    }

    private static void awaitLive(ProjectionRebuilds rebuilds, long head) throws InterruptedException {
        while (rebuilds.view("ladder").livePosition() < head) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static ProjectionView awaitRebuilt(ProjectionRebuilds rebuilds) throws InterruptedException {
        while (true) {
            ProjectionView view = rebuilds.view("ladder");
            if (view.rebuild() != null && view.rebuild().ended()) {
                if (!"switched".equals(view.rebuild().outcome())) {
                    throw new IllegalStateException("the rebuild "
                            + view.rebuild().outcome() + ": " + view.rebuild().reason());
                }
                return view;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    private static void print(String label, double[] result) {
        System.out.printf(
                Locale.ROOT,
                "%-8s rebuild %,10.0f events/s | raw read %,10.0f events/s | ratio %.2fx" + " (target >= 0.50x)%n",
                label,
                result[0],
                result[1],
                result[0] / result[1]);
        System.out.printf(
                Locale.ROOT,
                "%-8s rebuild %,10.0f Redis writes/s | raw pipelined HSET %,10.0f/s | ratio"
                        + " %.2fx (target >= 0.30x)%n",
                label,
                result[2],
                result[3],
                result[2] / result[3]);
    }

    private static double median(List<double[]> results, int column) {
        List<Double> sorted =
                results.stream().map(result -> result[column]).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
