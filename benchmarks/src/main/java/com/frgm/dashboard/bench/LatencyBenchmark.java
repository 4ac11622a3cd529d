package com.frgm.dashboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.app.FrgmApplication;
import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.marketdata.MarketDataFileName;
import com.frgm.dashboard.ingest.testsupport.ElasticMqServer;
import com.frgm.dashboard.ingest.testsupport.S3Events;
import com.frgm.dashboard.ingest.testsupport.S3MockServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * From a market-data file's atomic rename into the local inbox to the SSE event that shows it
 * in a client, with the application on its embedded defaults (both roles in one process), at
 * {@code rate} files a second: p50, p99 and max, and where the time goes, stage by stage: the
 * pick-up to the start of the ingest transaction ({@code ingested_file.ingested_at}), from there
 * to the ladder's Redis publish (parse, command, append, commit, projection, Redis), and from the
 * publish to the SSE event (fan-out, SSE write). Beside it, the floor the issue names comes
 * from {@link RawPathFloor}: the same file read, parsed, committed in one JDBC transaction and
 * published once to Redis, received by a subscriber.
 *
 * <p>With {@code -Dsource=s3} the same, for the S3 source with SQS notifications: S3Mock in its
 * own process ({@code -Ds3mock.jar=}, as DrainBenchmark) and ElasticMQ in this one. S3Mock sends
 * no notifications, so each file is uploaded with PutObject and then its S3 event notification
 * is sent to the queue, as the tests do; the time runs from that send (the notification's
 * arrival) instead of the rename, with the same stages.
 *
 * <pre>./mvnw -q -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) com.frgm.dashboard.bench.LatencyBenchmark
 * java -Dsource=s3 -Ds3mock.jar=benchmarks/target/s3mock/s3mock.jar -cp ... com.frgm.dashboard.bench.LatencyBenchmark</pre>
 *
 * <p>{@code BenchmarksRunIT} runs it small with {@code -Dfail-above-ms=10000} as the test suite's
 * latency regression check: a bound only a tenfold slowdown crosses, not a test of the target.
 */
public final class LatencyBenchmark {

    private static final String BUCKET = FeedLayout.MARKET_DATA.bucket(BenchFeed.ENV);
    private static final String WATCHED = "ZNH26";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int files = Integer.getInteger("files", 200);
        // Sent first at the same rate and left out: class loading and the JIT's first minute are not the steady state.
        int warmUp = Integer.getInteger("warmup", 300);
        int rate = Integer.getInteger("rate", 10);
        int rows = Integer.getInteger("rows", 21);
        // The test suite's regression check: a loose bound that only a 10x slowdown crosses.
        long failAbove = Long.getLong("fail-above-ms", Long.MAX_VALUE);
        String source = System.getProperty("source", "local");
        Path dataDir = Files.createTempDirectory("frgm-latency-bench");
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> appArgs = new ArrayList<>(List.of(
                "--frgm.data-dir=" + dataDir,
                "--server.port=0",
                "--frgm.demo.enabled=false",
                "--logging.level.root=WARN",
                "--frgm.security.users=bench:{noop}bench:viewer"));
        Delivery delivery = switch (source) {
            case "local" -> new InboxDelivery(dataDir.resolve("inbox").resolve(BUCKET));
            case "s3" -> S3Delivery.start(appArgs);
            default -> throw new IllegalArgumentException("-Dsource must be local or s3, not " + source);
        };
        for (String arg : args) {
            appArgs.add(arg);
        }
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(FrgmApplication.class).run(appArgs.toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        System.out.printf(
                Locale.ROOT,
                "Latency benchmark: %d files of %d rows at %d/s, %s, %s, load average %s%n",
                files,
                rows,
                rate,
                delivery.describe(),
                Runtime.version(),
                loadAverage());

        Map<Integer, Long> seenOnSse = new ConcurrentHashMap<>();
        Map<Integer, Long> published = new ConcurrentHashMap<>();
        Disposable sse = WebClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("bench", "bench"))
                .build()
                .get()
                .uri("/api/ladder/{instrument}/stream", WATCHED)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .filter(event -> event.data() != null)
                .subscribe(event -> seenOnSse.putIfAbsent(fileOf(event.data()), System.nanoTime()));
        RedisClient redis = RedisClient.create(context.getEnvironment().getRequiredProperty("spring.data.redis.url"));
        StatefulRedisPubSubConnection<String, String> pubsub = redis.connectPubSub();
        pubsub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                if (message.contains("\"" + WATCHED + "\"")) {
                    published.putIfAbsent(fileOf(message), System.nanoTime());
                }
            }
        });
        pubsub.sync().subscribe("ladder:updates");

        int total = warmUp + files;
        Instant firstTime = Instant.now().minusSeconds(total + 60).truncatedTo(ChronoUnit.SECONDS);
        Map<Integer, Long> startNanos = new ConcurrentHashMap<>();
        Map<Integer, Instant> startAt = new ConcurrentHashMap<>();
        send(delivery, 1, warmUp, rate, rows, firstTime, startAt, startNanos);
        awaitSeen(seenOnSse, warmUp, Duration.ofSeconds(120));
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        Timer ingest = meters.find("frgm.ingest.file.duration")
                .tag("feed", FeedLayout.MARKET_DATA.kind())
                .timer();
        Timer projection =
                meters.find("frgm.projection.lag").tag("projection", "ladder").timer();
        Window ingestBefore = Window.of(ingest);
        Window projectionBefore = Window.of(projection);
        send(delivery, warmUp + 1, total, rate, rows, firstTime, startAt, startNanos);
        awaitSeen(seenOnSse, total, Duration.ofSeconds(60));
        Window ingestWindow = Window.of(ingest).minus(ingestBefore);
        Window projectionWindow = Window.of(projection).minus(projectionBefore);
        sse.dispose();
        pubsub.close();
        redis.shutdown();

        Map<Integer, Instant> started = new ConcurrentHashMap<>();
        jdbc.query("SELECT file_key, ingested_at FROM ingested_file", rs -> {
            String name = rs.getString(1);
            Timestamp at = rs.getTimestamp(2);
            started.put(fileNumber(name, firstTime), at.toInstant());
        });

        List<Double> totalMs = new ArrayList<>();
        List<Double> pickUp = new ArrayList<>();
        List<Double> toRedis = new ArrayList<>();
        List<Double> toSse = new ArrayList<>();
        for (int file = warmUp + 1; file <= total; file++) {
            Long seen = seenOnSse.get(file);
            Long pub = published.get(file);
            Instant began = started.get(file);
            if (seen == null || pub == null || began == null) {
                continue;
            }
            long from = startNanos.get(file);
            double beganMs =
                    (began.toEpochMilli() - startAt.get(file).toEpochMilli()) + (began.getNano() % 1_000_000) / 1e6;
            totalMs.add((seen - from) / 1e6);
            pickUp.add(beganMs);
            toRedis.add((pub - from) / 1e6 - beganMs);
            toSse.add((seen - pub) / 1e6);
        }
        int missing = files - totalMs.size();
        if (totalMs.isEmpty()) {
            throw new IllegalStateException("no file reached the SSE stream of " + WATCHED + " (published: "
                    + published.size() + ", ingest transactions: " + started.size() + ")");
        }
        System.out.printf(
                Locale.ROOT,
                "%s to SSE: p50 %6.1f ms | p99 %6.1f ms | max %6.1f ms over %d files"
                        + " (%d not seen; %d warm-up files before them left out)  target: p99 <= 50 ms%n",
                delivery.start(),
                pct(totalMs, 50),
                pct(totalMs, 99),
                Collections.max(totalMs),
                totalMs.size(),
                missing,
                warmUp);
        System.out.printf(
                Locale.ROOT,
                "  %-12s -> ingest transaction starts: p50 %6.1f ms | p99 %6.1f ms%n",
                delivery.start(),
                pct(pickUp, 50),
                pct(pickUp, 99));
        System.out.printf(
                Locale.ROOT,
                "  ... -> ladder published to Redis:        p50 %6.1f ms | p99 %6.1f ms%n",
                pct(toRedis, 50),
                pct(toRedis, 99));
        System.out.printf(
                Locale.ROOT,
                "      of which the ingest (read, parse, command, append, commit): mean %6.1f ms over %d files%n",
                ingestWindow.meanMs(),
                ingestWindow.count());
        System.out.printf(
                Locale.ROOT,
                "      and an event's creation -> the ladder projection's Redis write: mean %6.1f ms over %d"
                        + " batches%n",
                projectionWindow.meanMs(),
                projectionWindow.count());
        System.out.printf(
                Locale.ROOT,
                "  ... -> SSE event in the client:          p50 %6.1f ms | p99 %6.1f ms%n",
                pct(toSse, 50),
                pct(toSse, 99));
        RawPathFloor.Result floor = RawPathFloor.measure(
                context.getBean(DataSource.class),
                context.getEnvironment().getRequiredProperty("spring.data.redis.url"),
                dataDir,
                files,
                rate,
                rows,
                (file, time) -> csv(file, rows, time));
        context.close();
        delivery.close();
        System.out.printf(
                Locale.ROOT,
                "floor (read, parse, one JDBC commit, one Redis publish, received): p50 %6.1f ms" + " | p99 %6.1f ms%n",
                floor.p50(),
                floor.p99());
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        if (pct(totalMs, 99) > failAbove || missing > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "REGRESSION: p99 %.1f ms (bound %d ms), %d files not seen%n",
                    pct(totalMs, 99),
                    failAbove,
                    missing);
            System.exit(1);
        }
        System.exit(0);
    }

    /** Files {@code from}..{@code to}, one every 1/rate s, each handed over by {@code delivery}. */
    private static void send(
            Delivery delivery,
            int from,
            int to,
            int rate,
            int rows,
            Instant firstTime,
            Map<Integer, Instant> startAt,
            Map<Integer, Long> startNanos)
            throws Exception {
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int file = from; file <= to; file++) {
            Pace.until(start + (file - from + 1) * periodNanos);
            Instant fileTime = firstTime.plusSeconds(file);
            String key = new MarketDataFileName("GE", "XCME", "ZN", fileTime).key(ZoneOffset.UTC);
            int number = file;
            delivery.deliver(key, csv(file, rows, fileTime), () -> {
                startAt.put(number, Instant.now());
                startNanos.put(number, System.nanoTime());
            });
        }
    }

    /** How a file reaches the application; {@code started} marks the instant the latency runs from. */
    private interface Delivery extends AutoCloseable {

        void deliver(String key, String content, Runnable started) throws Exception;

        /** The instant's name in the output: what {@code started} marks. */
        String start();

        String describe();

        @Override
        default void close() {}
    }

    /** The local inbox: written under a temporary name, timed from the atomic rename into place. */
    private record InboxDelivery(Path inbox) implements Delivery {

        @Override
        public void deliver(String key, String content, Runnable started) throws Exception {
            Path target = inbox.resolve(key);
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            started.run();
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public String start() {
            return "rename";
        }

        @Override
        public String describe() {
            return "local inbox " + inbox;
        }
    }

    /**
     * The S3 source with SQS notifications: PutObject to S3Mock, then the notification S3 would
     * send, timed from that send. The application reads the queue with its default long poll.
     */
    private record S3Delivery(S3MockServer s3mock, S3Client s3, SqsClient sqs, String queueUrl) implements Delivery {

        static S3Delivery start(List<String> appArgs) {
            S3MockServer s3mock = S3MockServer.shared();
            // The feed buckets the source lists, and the event archive's, which with the S3 source is in S3 too.
            s3mock.createBuckets(
                    BenchFeed.MARKET_DATA.bucket(), BenchFeed.WORKING_ORDERS.bucket(), "frgm-events-" + BenchFeed.ENV);
            ElasticMqServer elasticMq = ElasticMqServer.shared();
            String queueUrl = elasticMq.createQueue("frgm-feeds-latency", 30);
            System.setProperty("aws.region", "us-east-1");
            System.setProperty("aws.accessKeyId", "test");
            System.setProperty("aws.secretAccessKey", "test");
            System.setProperty("aws.endpointUrlS3", s3mock.endpoint().toString());
            System.setProperty("aws.endpointUrlSqs", elasticMq.endpoint().toString());
            appArgs.addAll(List.of(
                    "--frgm.ingest.source=s3",
                    "--frgm.ingest.env=" + BenchFeed.ENV,
                    "--frgm.ingest.sqs-queue-url=" + queueUrl));
            return new S3Delivery(s3mock, s3mock.client(), elasticMq.client(), queueUrl);
        }

        @Override
        public void deliver(String key, String content, Runnable started) {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
            String notification = S3Events.objectCreated(BUCKET, key, bytes.length);
            started.run();
            sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(notification));
        }

        @Override
        public String start() {
            return "notification";
        }

        @Override
        public String describe() {
            return "S3 source, S3Mock " + s3mock.endpoint() + ", SQS notifications from ElasticMQ " + queueUrl;
        }

        @Override
        public void close() {
            s3.close();
            sqs.close();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void awaitSeen(Map<Integer, Long> seen, int count, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (seen.size() < count && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    /** A timer's count and total between two looks. */
    private record Window(long count, double totalMs) {

        static Window of(Timer timer) {
            return timer == null ? new Window(0, 0) : new Window(timer.count(), timer.totalTime(TimeUnit.MILLISECONDS));
        }

        Window minus(Window before) {
            return new Window(count - before.count, totalMs - before.totalMs);
        }

        double meanMs() {
            return count == 0 ? Double.NaN : totalMs / count;
        }
    }

    /** The file number, carried in the watched row's volume (10,000 + file). */
    private static int fileOf(String ladderJson) {
        try {
            JsonNode node = JSON.readTree(ladderJson);
            JsonNode volume = node.get("volume");
            return volume == null ? -1 : volume.asInt() - 10_000;
        } catch (Exception e) {
            return -1;
        }
    }

    private static int fileNumber(String key, Instant firstTime) {
        Instant time = MarketDataFileName.parse(key).fileTime();
        return (int) (time.getEpochSecond() - firstTime.getEpochSecond());
    }

    static String csv(int file, int rows, Instant time) {
        StringBuilder csv = new StringBuilder(rows * 160).append(BenchFiles.HEADER);
        for (int row = 0; row < rows; row++) {
            long bid = 7_000 + file % 500 + row;
            csv.append(row == 0 ? WATCHED : WATCHED + " C" + row)
                    .append(',')
                    .append(time)
                    .append(',')
                    .append(bid)
                    .append(".5,")
                    .append(100 + row)
                    .append(',')
                    .append(bid + 1)
                    .append(",")
                    .append(90 + row)
                    .append(',')
                    .append(bid)
                    .append(".5,")
                    .append(10_000 + file)
                    .append(',')
                    .append(bid)
                    .append(",50,")
                    .append(bid + 2)
                    .append(",60,")
                    .append("0.42,0.31,0.08,-0.01,ZNH26,0.015625,1000\n");
        }
        return csv.toString();
    }

    private static double pct(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
