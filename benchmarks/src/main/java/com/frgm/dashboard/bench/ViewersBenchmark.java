package com.frgm.dashboard.bench;

import com.frgm.dashboard.app.FrgmApplication;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Issue 14's "Viewers" target: {@code viewers} SSE clients on one dashboard process (embedded
 * defaults, both roles) while market-data files arrive at {@code rate} a second, and beside them
 * {@code slow} clients that open the stream and read nothing until the end. For every (client,
 * file) pair, the time from the file's rename into the inbox to that client's ladder event;
 * the connections that ended early; the pairs never seen; what the stuck clients get when they
 * finally read (the newest ladder, conflated, or a queue of old ones); the heap after a GC
 * before and after the measured files, and the process's resident set. Beside the latency, the
 * part of it that is the fan-out (from the ladder's publish on Redis to the client's event), since
 * the ingest before it is {@link LatencyBenchmark}'s business.
 *
 * <pre>./mvnw -q -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) com.frgm.dashboard.bench.ViewersBenchmark</pre>
 */
public final class ViewersBenchmark {

    private static final String BUCKET = "frgm-actant-dev";
    private static final String PATH = "/api/ladder/ZNH26/stream";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        int viewers = Integer.getInteger("viewers", 500);
        int slow = Integer.getInteger("slow", 10);
        int rate = Integer.getInteger("rate", 10);
        int seconds = Integer.getInteger("seconds", 30);
        int warmUp = Integer.getInteger("warmup", 300);
        int rows = Integer.getInteger("rows", 21);
        int files = rate * seconds;
        int total = warmUp + files;
        Path dataDir = Files.createTempDirectory("frgm-viewers-bench");
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> appArgs = new ArrayList<>(List.of(
                "--frgm.data-dir=" + dataDir,
                "--server.port=0",
                "--frgm.demo.enabled=false",
                "--logging.level.root=WARN",
                "--frgm.security.users=bench:{noop}bench:viewer",
                "--frgm.security.limits.streams=100000"));
        appArgs.addAll(List.of(args));
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(FrgmApplication.class).run(appArgs.toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.printf(
                Locale.ROOT,
                "Viewers benchmark: %d SSE clients and %d that never read, %d warm-up files then"
                        + " %d s at %d files/s (%d files of %d rows), %s, %d cores, load average %s%n",
                viewers,
                slow,
                warmUp,
                seconds,
                rate,
                files,
                rows,
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                loadAverage());

        String basic = Base64.getEncoder().encodeToString("bench:bench".getBytes(StandardCharsets.UTF_8));
        ConnectionProvider provider = ConnectionProvider.builder("viewers")
                .maxConnections(viewers)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(Duration.ofMinutes(2))
                .build();
        LoopResources loops = LoopResources.create("viewers", 1, true);
        HttpClient http = HttpClient.create(provider)
                .runOn(loops)
                .baseUrl("http://localhost:" + port)
                .headers(headers ->
                        headers.set("Authorization", "Basic " + basic).set("Accept", "text/event-stream"));
        AtomicInteger refused = new AtomicInteger();
        List<Viewer> clients = new ArrayList<>();
        for (int i = 0; i < viewers; i++) {
            clients.add(Viewer.open(http, PATH, total, refused));
        }
        List<StuckViewer> stuck = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            stuck.add(new StuckViewer(port, basic, PATH));
        }

        long[] renamed = new long[total + 1];
        AtomicLongArray published = new AtomicLongArray(total + 1);
        RedisClient redis = RedisClient.create(context.getEnvironment().getRequiredProperty("spring.data.redis.url"));
        StatefulRedisPubSubConnection<String, String> pubsub = redis.connectPubSub();
        pubsub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                int file = message.contains("\"ZNH26\"") ? SseEvents.fileOf(message, 0, message.length()) : -1;
                if (file > 0 && file <= total) {
                    published.compareAndSet(file, 0, System.nanoTime());
                }
            }
        });
        pubsub.sync().subscribe("ladder:updates");
        Instant firstTime = Instant.now().minusSeconds(total + 60).truncatedTo(ChronoUnit.SECONDS);
        Path inbox = dataDir.resolve("inbox").resolve(BUCKET);
        send(inbox, 1, warmUp, rate, rows, firstTime, renamed);
        awaitAll(clients, warmUp, Duration.ofSeconds(120));
        long heapBefore = heapAfterGc();
        long rssBefore = rssKb();
        long cpuBefore = cpuNanos();
        long wallBefore = System.nanoTime();
        send(inbox, warmUp + 1, total, rate, rows, firstTime, renamed);
        awaitAll(clients, total, Duration.ofSeconds(60));
        double cores = (cpuNanos() - cpuBefore) / (double) (System.nanoTime() - wallBefore);
        long heapAfter = heapAfterGc();
        long rssAfter = rssKb();
        int dropped = (int) clients.stream().filter(Viewer::ended).count();
        long[] latencies = new long[viewers * files];
        long[] fanOut = new long[viewers * files];
        int pairs = 0;
        int fanned = 0;
        for (Viewer client : clients) {
            for (int file = warmUp + 1; file <= total; file++) {
                long seen = client.seen(file);
                if (seen != 0) {
                    latencies[pairs++] = seen - renamed[file];
                    if (published.get(file) != 0) {
                        fanOut[fanned++] = seen - published.get(file);
                    }
                }
            }
        }
        pubsub.close();
        redis.shutdown();
        List<StuckViewer.Result> stuckResults = new ArrayList<>();
        for (StuckViewer client : stuck) {
            stuckResults.add(client.readUntil(total, Duration.ofSeconds(5)));
            client.close();
        }
        clients.forEach(Viewer::close);
        provider.dispose();
        loops.dispose();
        context.close();

        long[] measured = Arrays.copyOf(latencies, pairs);
        Arrays.sort(measured);
        System.out.printf(
                Locale.ROOT,
                "rename to each client's SSE event: p50 %6.1f ms | p99 %6.1f ms | max %6.1f ms over %d"
                        + " (client, file) pairs   target: p99 <= 100 ms%n",
                ms(pct(measured, 50)),
                ms(pct(measured, 99)),
                ms(pairs == 0 ? -1 : measured[pairs - 1]),
                pairs);
        long[] ingested = IntStream.rangeClosed(warmUp + 1, total)
                .filter(f -> published.get(f) != 0)
                .mapToLong(f -> published.get(f) - renamed[f])
                .sorted()
                .toArray();
        System.out.printf(
                Locale.ROOT,
                "  of which the ingest, rename to the ladder published on Redis: p50 %6.1f ms | p99 %6.1f ms"
                        + " over %d files%n",
                ms(pct(ingested, 50)),
                ms(pct(ingested, 99)),
                ingested.length);
        long[] fannedOut = Arrays.copyOf(fanOut, fanned);
        Arrays.sort(fannedOut);
        System.out.printf(
                Locale.ROOT,
                "  and the fan-out, the ladder published on Redis to the client's event: p50 %6.1f ms"
                        + " | p99 %6.1f ms%n",
                ms(pct(fannedOut, 50)),
                ms(pct(fannedOut, 99)));
        int stuckDropped = (int)
                stuckResults.stream().filter(StuckViewer.Result::closedByServer).count();
        System.out.printf(
                Locale.ROOT,
                "connections ended early: %d of %d reading clients, %d of %d stuck ones; %d refused"
                        + "   target: dropped 0%n",
                dropped,
                viewers,
                stuckDropped,
                slow,
                refused.get());
        System.out.printf(
                Locale.ROOT,
                "(client, file) pairs not seen: %d of %d   target: 0%n",
                (long) viewers * files - pairs,
                (long) viewers * files);
        for (int i = 0; i < stuckResults.size(); i++) {
            StuckViewer.Result got = stuckResults.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "stuck client %d read at the end (%s): %d ladder events, %d KB, %d distinct files,"
                            + " the last file %d of %d%s   target: the newest, conflated (far fewer than %d events)%n",
                    i + 1,
                    got.status(),
                    got.events(),
                    got.bytes() / 1024,
                    got.distinctFiles(),
                    got.lastFile(),
                    total,
                    got.closedByServer() ? ", then the server closed it" : "",
                    total);
        }
        System.out.printf(
                Locale.ROOT,
                "heap used after a GC: %d MB after the warm-up, %d MB after the measured files"
                        + " (%+d MB); RSS %d MB then %d MB   target: bounded%n",
                heapBefore >> 20,
                heapAfter >> 20,
                (heapAfter - heapBefore) >> 20,
                rssBefore >> 10,
                rssAfter >> 10);
        System.out.printf(
                Locale.ROOT,
                "CPU of this process (server and clients) while the measured files went out: %.2f"
                        + " cores of %d; load average at the end: %s%n",
                cores,
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        System.exit(pairs == 0 ? 1 : 0);
    }

    /** Files {@code from}..{@code to}, one every 1/rate s, each written under a temporary name and renamed into place. */
    private static void send(Path inbox, int from, int to, int rate, int rows, Instant firstTime, long[] renamed)
            throws Exception {
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int file = from; file <= to; file++) {
            Pace.until(start + (file - from + 1) * periodNanos);
            Instant fileTime = firstTime.plusSeconds(file);
            String key = "market-data/" + fileTime.toString().substring(0, 10).replace('-', '/') + "/GE_XCME.ZN_"
                    + STAMP.format(fileTime) + ".csv";
            Path target = inbox.resolve(key);
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.writeString(tmp, LatencyBenchmark.csv(file, rows, fileTime), StandardCharsets.UTF_8);
            renamed[file] = System.nanoTime();
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Until every client still connected has seen {@code file}, or {@code atMost}. */
    private static void awaitAll(List<Viewer> clients, int file, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until && clients.stream().anyMatch(c -> !c.ended() && c.seen(file) == 0)) {
            Thread.sleep(20);
        }
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssKb() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElse(-1L);
    }

    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }

    private static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static long pct(long[] sorted, int percentile) {
        return sorted.length == 0
                ? -1
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1e6;
    }
}
