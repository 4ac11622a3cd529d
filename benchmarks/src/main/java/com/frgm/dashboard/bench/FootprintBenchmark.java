package com.frgm.dashboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.marketdata.MarketDataFileName;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import redis.embedded.RedisServer;

/**
 * The application as the desk's plan runs it, measured from outside: its own JVM started with
 * {@code -Xmx256m} from the jar the README builds, against a PostgreSQL and a Redis that are
 * already running (started here, as external servers are), timed from the process start to
 * its readiness endpoint answering 200 (target: 8 s), then fed the nominal load (one 21-row
 * market-data file a second into the local inbox) while its resident set size is read from
 * {@code /proc/<pid>/status} every second (target: under 512 MB). Every file's ladder must
 * arrive, and the process must not die (it exits on an OutOfMemoryError).
 *
 * <pre>./mvnw -q -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) com.frgm.dashboard.bench.FootprintBenchmark</pre>
 */
public final class FootprintBenchmark {

    private static final String WATCHED = "ZNH26";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 120);
        int rate = Integer.getInteger("rate", 1);
        int rows = Integer.getInteger("rows", 21);
        String heap = System.getProperty("heap", "256m");
        Path jar = Path.of(System.getProperty("jar", "app/target/frgm-dashboard-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar.toAbsolutePath() + " is missing: build it with the README's package command");
        }
        Path dataDir = Files.createTempDirectory("frgm-footprint-bench");
        int redisPort = freePort();
        RedisServer redis = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(redisPort)
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        redis.start();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("external-postgres"))
                .setCleanDataDirectory(true)
                .start();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-Daxoniq.update-checker.disabled=true",
                "-jar",
                jar.toString(),
                "--frgm.data-dir=" + dataDir.resolve("app"),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.data.redis.url=redis://127.0.0.1:" + redisPort,
                // Local mode for what is not given: the history's DynamoDB-compatible server (its own process).
                "--frgm.local=true",
                "--frgm.demo.enabled=false",
                "--frgm.security.users=bench:{noop}bench:viewer",
                "--logging.level.root=" + System.getProperty("log-level", "WARN")));
        System.out.printf(
                Locale.ROOT,
                "Footprint benchmark: %s, -Xmx%s, %d s of %d file(s) a second of %d rows, %s," + " load average %s%n",
                jar,
                heap,
                seconds,
                rate,
                rows,
                Runtime.version(),
                loadAverage());
        long started = System.nanoTime();
        Process app = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        int code = 0;
        try {
            while (code != 200) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the application ended with " + app.exitValue() + " before it was"
                            + " ready; see " + dataDir.resolve("app.log"));
                }
                if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(180)) {
                    throw new IllegalStateException("not ready after 180 s; see " + dataDir.resolve("app.log"));
                }
                code = status(http, base + "/actuator/health/readiness");
                if (code != 200) {
                    Thread.sleep(50);
                }
            }
            double startSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "start to serving (readiness 200), external PostgreSQL and Redis: %.1f s" + "  target: <= 8 s%n",
                    startSeconds);

            Path inbox = dataDir.resolve("app/inbox").resolve(FeedLayout.MARKET_DATA.bucket(BenchFeed.ENV));
            Instant firstTime = Instant.now().minusSeconds(seconds * rate + 60L).truncatedTo(ChronoUnit.SECONDS);
            long period = TimeUnit.SECONDS.toNanos(1) / rate;
            long begin = System.nanoTime();
            long maxRss = 0;
            long nextSample = begin;
            int files = seconds * rate;
            for (int file = 1; file <= files; file++) {
                Pace.until(begin + file * period);
                drop(inbox, file, rows, firstTime.plusSeconds(file));
                if (System.nanoTime() >= nextSample) {
                    maxRss = Math.max(maxRss, rssKb(app.pid()));
                    nextSample += TimeUnit.SECONDS.toNanos(1);
                }
                if (!app.isAlive()) {
                    throw new IllegalStateException("the application died under load (exit " + app.exitValue()
                            + "); see " + dataDir.resolve("app.log"));
                }
            }
            int lastSeen = -1;
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (lastSeen < files && System.nanoTime() < waitUntil) {
                lastSeen = lastFile(http, base);
                maxRss = Math.max(maxRss, rssKb(app.pid()));
                Thread.sleep(200);
            }
            long endRss = rssKb(app.pid());
            System.out.printf(
                    Locale.ROOT,
                    "resident set size under the nominal load: max %d MB, at the end %d MB"
                            + " (-Xmx%s)  target: < 512 MB%n",
                    maxRss / 1024,
                    endRss / 1024,
                    heap);
            System.out.printf(
                    Locale.ROOT,
                    "files: %d sent, the ladder shows file %d; the process %s%n",
                    files,
                    lastSeen,
                    app.isAlive() ? "is alive" : "died (exit " + app.exitValue() + ")");
            if (lastSeen != files || !app.isAlive()) {
                throw new IllegalStateException("not every file reached the ladder; see " + dataDir.resolve("app.log"));
            }
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            postgres.close();
            redis.stop();
        }
        System.exit(0);
    }

    private static void drop(Path inbox, int file, int rows, Instant fileTime) throws IOException {
        String key = new MarketDataFileName("GE", "XCME", "ZN", fileTime).key(ZoneOffset.UTC);
        Path target = inbox.resolve(key);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, LatencyBenchmark.csv(file, rows, fileTime), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file whose ladder the API shows (its number is the watched row's volume less 10,000), -1 for none yet. */
    private static int lastFile(HttpClient http, String base) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/ladder/" + WATCHED))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString("bench:bench".getBytes(StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            JsonNode volume = JSON.readTree(response.body()).get("volume");
            return volume == null ? -1 : volume.asInt() - 10_000;
        } catch (IOException e) {
            return -1;
        }
    }

    private static int status(HttpClient http, String url) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0; // not listening yet
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process has gone
        }
        return 0;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
