package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.query.replay.Replays;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.Disposable;

/**
 * The replay page end to end: market-data and TT files and a rejected file go in; the browser
 * (Debian's chromium driven by playwright-core, app/src/test/browser/replay-page.mjs) opens
 * {@code /replay} on that window, plays it, and finds the ladder shown at its end equal to the
 * store's point-in-time answer at the end; then it pauses, scrubs to the middle (the store's
 * answer there too) and diffs the two ends. Beyond the cap of replays a stream is a too-busy
 * problem, and a client that goes frees its replay thread.
 */
class ReplayPageIT {

    private static final String DAY = "2024/01/15/";
    private static final String MARKET_DATA = "market-data/" + DAY + "GE_XCME.ZN_20240115_";
    private static final String TT = "working-orders/" + DAY + "orders_snapshot_";

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static Instant from;
    static Instant to;

    @BeforeAll
    static void start() throws Exception {
        // One replay runs and one waits: the third is refused (see the last test).
        // The node's cap is what is tested here, not the user's (frgm.security.limits.replays).
        app = RunningApp.start(
                dataDir, "--frgm.replay.concurrent=1", "--frgm.replay.waiting=1", "--frgm.security.limits.replays=10");
        from = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        drop("market-data/GE_XCME.ZN_20240115_103938.csv", MARKET_DATA + "103938.csv");
        dropOrders("working-orders/orders_snapshot_1705315178.json", TT + "1705315178.json");
        drop("market-data/GE_XCME.ZN_20240115_103939.csv", MARKET_DATA + "103939.csv");
        app.drop("malformed/not-a-number.csv", MARKET_DATA + "104002.csv");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.rejected(MARKET_DATA + "104002.csv")));
        drop("history/GE_XCME.ZN_20240115_103941.csv", MARKET_DATA + "103941.csv");
        to = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(to));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theBrowserPlaysTheWindowToTheStoresStateThenPausesScrubsAndDiffs() throws Exception {
        Path script = Path.of("target/browser/replay-page.mjs");
        assertThat(script.resolveSibling("node_modules/playwright-core"))
                .as("npm ci of app/src/test/browser, " + "run by the build's pre-integration-test phase")
                .isDirectory();
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        ProcessBuilder browser = new ProcessBuilder(
                        "node",
                        script.toString(),
                        app.baseUrl(),
                        from.toString(),
                        to.toString(),
                        "ZNH24",
                        shots.toString())
                .redirectErrorStream(true);
        browser.environment().put("FRGM_OPERATOR", RunningApp.OPERATOR + ":" + RunningApp.OPERATOR_PASSWORD);
        Process node = browser.start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                }
            } catch (Exception e) {
                output.add("reader failed: " + e);
            }
        });
        boolean ended = node.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            node.destroyForcibly();
        }
        reader.get(10, TimeUnit.SECONDS);
        assertThat(ended).as("browser script ended; output: %s", output).isTrue();
        assertThat(node.exitValue()).as(String.join("\n", output)).isZero();
        assertThat(output)
                .contains("ok - the replay ended at the window\u2019s end")
                .anyMatch(line -> line.startsWith("ok - the ladder shown at the end equals the store"))
                .anyMatch(line -> line.startsWith("ok - scrubbed to"))
                .anyMatch(line -> line.startsWith("ok - the diff lists the"));
    }

    @Test
    void aReplayBeyondTheCapIsATooBusyProblemAndClientsThatGoFreeTheirReplayThreads() {
        WebClient http = app.http();
        Replays replays = app.context.getBean(Replays.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> replays.inFlight() == 0);
        String slow = "/api/replay/stream?from=" + from + "&to=" + to.plusSeconds(3_600) + "&speed=1&instrument=ZNH24";
        List<Throwable> refusals = new CopyOnWriteArrayList<>();
        List<Disposable> clients = new ArrayList<>();
        // One runs and one waits; a burst can be refused sooner (a task passes the queue even to an idle thread).
        while (refusals.isEmpty() && clients.size() < 3) {
            int before = replays.inFlight();
            clients.add(http.get()
                    .uri(slow)
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .retrieve()
                    .bodyToFlux(String.class)
                    .subscribe(frame -> {}, refusals::add));
            await().atMost(Duration.ofSeconds(30)).until(() -> replays.inFlight() > before || !refusals.isEmpty());
        }

        assertThat(refusals).as("the third at the latest is refused").hasSize(1);
        WebClientResponseException refused = (WebClientResponseException) refusals.get(0);
        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(refused.getResponseBodyAsString())
                .contains("\"type\":\"/problems/too-busy\"", "\"instance\":\"/api/replay/stream\"");

        clients.forEach(Disposable::dispose);
        await().atMost(Duration.ofSeconds(30)).until(() -> replays.inFlight() == 0);
    }

    private static void drop(String resource, String key) throws Exception {
        app.drop(resource, key);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(key)));
    }

    private static void dropOrders(String resource, String key) throws Exception {
        app.drop(RunningApp.TT_BUCKET, resource, key);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(RunningApp.TT_BUCKET, key)));
    }
}
