package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;

/**
 * Projection rebuilds on the running application (ADR 0024): a quiet rebuild leaves Redis exactly
 * as a node that never rebuilt has it; a rebuild while files flow never lets the ladder API answer
 * other than 200 nor its {@code eventSequence} go back, on the API or the SSE stream, which keeps
 * flowing after the switch; cancel, conflicts, unknown names, a failing
 * projection, a history rebuild by token reset, and a flushed Redis that comes back by itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectionRebuildIT {

    private static final String DAY = "2024/01/15/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger FILES = new AtomicInteger();

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        // Small batches, so that a rebuild of a few thousand events takes long enough to cancel.
        app = RunningApp.start(
                dataDir,
                new Class<?>[] {BrokenRebuildTarget.class},
                "--frgm.rebuild.batch-size=20",
                "--frgm.rebuild.switch-lag=200");
        app.drop("sod/actant_sod_20240115.csv", "sod/" + DAY + "actant_sod_20240115.csv");
        app.drop("eod/actant_eod_20240115.csv", "eod/" + DAY + "actant_eod_20240115.csv");
        app.drop(
                RunningApp.TT_BUCKET,
                "working-orders/orders_snapshot_1705315178.json",
                "working-orders/" + DAY + "orders_snapshot_1705315178.json");
        app.drop(
                RunningApp.TT_BUCKET,
                "working-orders/orders_snapshot_1705315208.json",
                "working-orders/" + DAY + "orders_snapshot_1705315208.json");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(app.processed(
                        RunningApp.TT_BUCKET, "working-orders/" + DAY + "orders_snapshot_1705315208.json")));
        for (int i = 0; i < 400; i++) {
            ingestQuote();
        }
        awaitLiveAtHead();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void aQuietRebuildLeavesRedisAsANodeThatNeverRebuilt() throws Exception {
        Map<String, Object> before = readModels();
        assertThat(before).containsKeys("ladder:ZNH24", "tt:orders:active", "positions:sod:2024-01-15");
        app.redis().set("ladder:GONE", "{}");
        app.redis().set("seq:{ladder:GONE}", "1");

        for (String name : List.of("ladder", "orders", "positions")) {
            assertThat(post(name).statusCode()).isEqualTo(202);
            assertThat(awaitEnded(name).path("outcome").asText()).isEqualTo("switched");
        }

        assertThat(readModels()).isEqualTo(before);
        assertThat(app.redis().keys("rebuild:*")).isEmpty();
        assertThat(get("/api/projections/ladder").path("liveVersion").asInt()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aRebuildWhileFilesFlowNeverShowsAnOlderLadder() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> problems = new CopyOnWriteArrayList<>();
        AtomicInteger polls = new AtomicInteger();
        Thread feeder = new Thread(() -> {
            while (running.get()) {
                ingestQuote();
            }
        });
        Thread reader = new Thread(() -> {
            long last = -1;
            while (running.get()) {
                try {
                    HttpResponse<String> answer =
                            http.send(request("/api/ladder/ZNH24").build(), HttpResponse.BodyHandlers.ofString());
                    polls.incrementAndGet();
                    if (answer.statusCode() != 200) {
                        problems.add("status " + answer.statusCode());
                        continue;
                    }
                    long sequence =
                            JSON.readTree(answer.body()).path("eventSequence").asLong();
                    if (sequence < last) {
                        problems.add("eventSequence " + sequence + " after " + last);
                    }
                    last = sequence;
                } catch (Exception e) {
                    problems.add(e.toString());
                }
            }
        });
        List<Long> streamed = new CopyOnWriteArrayList<>();
        Disposable stream = app.http()
                .get()
                .uri("/api/ladder/ZNH24/stream")
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .subscribe(
                        event -> streamed.add(sequence(event.data())), failure -> problems.add("stream: " + failure));
        feeder.start();
        reader.start();
        try {
            assertThat(post("ladder").statusCode()).isEqualTo(202);
            assertThat(awaitEnded("ladder").path("outcome").asText()).isEqualTo("switched");
            int streamedAtSwitch = streamed.size();
            // Readers on after the switch too: a rebuild this small can end after a few reads.
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> streamed.size() > streamedAtSwitch + 5 && polls.get() > 10);
        } finally {
            running.set(false);
            feeder.join();
            reader.join();
            stream.dispose();
        }
        awaitLiveAtHead();

        assertThat(problems).isEmpty();
        assertThat(polls.get()).isGreaterThan(10);
        // After its first event: the stream's initial answer is read while updates already queue behind it.
        assertThat(streamed).hasSizeGreaterThan(5);
        assertThat(streamed.subList(1, streamed.size())).isSorted();
        assertThat(app.redis().hget("actant:market:ZNH24", "price")).isEqualTo(price(FILES.get() - 1));
        assertThat(JSON.readTree(app.redis().get("ladder:ZNH24"))
                        .path("eventSequence")
                        .asLong())
                .isEqualTo(lastQuoteIndex());
        assertThat(app.redis().keys("rebuild:*")).isEmpty();
    }

    @Test
    @Order(3)
    void aCancelledRebuildLeavesTheLiveVersionAndASecondOneIsAConflict() throws Exception {
        Map<String, Object> before = readModels();
        int liveVersion = get("/api/projections/ladder").path("liveVersion").asInt();

        assertThat(post("ladder").statusCode()).isEqualTo(202);
        HttpResponse<String> second = post("ladder");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(second.body()).path("type").asText()).isEqualTo("/problems/rebuild-conflict");
        assertThat(send("DELETE", "/api/projections/ladder/rebuild").statusCode())
                .isEqualTo(200);

        JsonNode ended = awaitEnded("ladder");
        assertThat(ended.path("outcome").asText()).isEqualTo("cancelled");
        assertThat(send("DELETE", "/api/projections/ladder/rebuild").statusCode())
                .isEqualTo(409);
        assertThat(readModels()).isEqualTo(before);
        assertThat(app.redis().keys("rebuild:*")).isEmpty();
        assertThat(get("/api/projections/ladder").path("liveVersion").asInt()).isEqualTo(liveVersion);
        assertThat(get("/api/projections/ladder").path("state").asText()).isEqualTo("live");
    }

    @Test
    @Order(4)
    void unknownNamesAreNotFoundProblems() throws Exception {
        for (HttpResponse<String> answer : List.of(
                send("GET", "/api/projections/nope"), post("nope"), send("DELETE", "/api/projections/nope/rebuild"))) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("type").asText()).isEqualTo("/problems/unknown-projection");
            assertThat(problem.path("projection").asText()).isEqualTo("nope");
        }
    }

    @Test
    @Order(5)
    void theRegistryListsEveryProjectionWithItsProgress() throws Exception {
        JsonNode all = get("/api/projections").path("projections");
        List<String> names = all.findValuesAsText("name");
        assertThat(names)
                .containsSubsequence(
                        "ladder", "orders", "positions", "history-market", "history-positions", "history-orders");
        for (JsonNode projection : all) {
            assertThat(projection.path("head").asLong()).isPositive();
            assertThat(projection.path("progress").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    @Order(6)
    void aFailingProjectionFailsItsRebuildAndNothingElse() throws Exception {
        BrokenRebuildTarget.failing = true;
        JsonNode ended;
        try {
            assertThat(post(BrokenRebuildTarget.NAME).statusCode()).isEqualTo(202);
            ended = awaitEnded(BrokenRebuildTarget.NAME);
        } finally {
            BrokenRebuildTarget.failing = false;
        }
        assertThat(ended.path("outcome").asText()).isEqualTo("failed");
        assertThat(ended.path("reason").asText()).contains("broken on purpose");
        assertThat(get("/api/projections/" + BrokenRebuildTarget.NAME)
                        .path("state")
                        .asText())
                .isEqualTo("failed");
        assertThat(send("GET", "/api/ladder/ZNH24").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void aHistoryProjectionRebuildsByResettingItsToken() throws Exception {
        assertThat(post("history-market").statusCode()).isEqualTo(202);
        assertThat(send("DELETE", "/api/projections/history-market/rebuild").statusCode())
                .isEqualTo(409);
        assertThat(awaitEnded("history-market").path("outcome").asText()).isEqualTo("switched");
        JsonNode view = get("/api/projections/history-market");
        assertThat(view.path("state").asText()).isEqualTo("live");
        assertThat(view.path("livePosition").asLong()).isGreaterThanOrEqualTo(lastQuoteIndex());
    }

    @Test
    @Order(8)
    void aFlushedRedisComesBackByItselfWhileFilesFlow() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread feeder = new Thread(() -> {
            while (running.get()) {
                ingestQuote();
            }
        });
        feeder.start();
        Instant flushed;
        try {
            await().pollDelay(Duration.ofMillis(300)).until(() -> true);
            app.redis().flushall();
            flushed = Instant.now();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> send("GET", "/api/ladder/ZNH24").statusCode() == 200
                            && app.redis().exists("tt:orders:active", "positions:sod:2024-01-15") == 2);
        } finally {
            running.set(false);
            feeder.join();
        }
        Duration back = Duration.between(flushed, Instant.now());
        System.out.println("Ladder, orders and positions back " + back.toMillis() + " ms after FLUSHALL");
        awaitLiveAtHead();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> app.redis().keys("rebuild:*").isEmpty());
        assertThat(app.redis().hget("actant:market:ZNH24", "price")).isEqualTo(price(FILES.get() - 1));
        assertThat(JSON.readTree(app.redis().get("ladder:ZNH24"))
                        .path("eventSequence")
                        .asLong())
                .isEqualTo(lastQuoteIndex());
        assertThat(app.redis().hkeys("tt:orders:active")).containsExactlyInAnyOrder("907000", "907002", "907003");
    }

    /**
     * Redis without the rebuild bookkeeping, the marker, the risk monitor's P&L samples and the
     * operations log (the rebuilds asked for are operator actions: they add to it, by design).
     */
    private static Map<String, Object> readModels() {
        Map<String, Object> dump = RedisDump.withoutPnlSamples(RedisDump.of(app.redis()));
        dump.keySet()
                .removeIf(key -> key.startsWith("projection:")
                        || key.equals("operations:log")
                        || key.equals("seq:{operations:log}"));
        return dump;
    }

    private static void ingestQuote() {
        int i = FILES.getAndIncrement();
        Instant time = Instant.parse("2024-03-01T09:00:00Z").plusSeconds(i);
        String name = String.format("GE_XCME.ZN_20240301_%02d%02d%02d.csv", 9 + i / 3600, i / 60 % 60, i % 60);
        byte[] csv = ("instrument,timestamp,bid,ask,price\nZNH24," + time + "," + price(i) + ",100000," + price(i)
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
        FeedFile file = new FeedFile(
                RunningApp.BUCKET, "market-data/2024/03/01/" + name, csv.length, () -> new ByteArrayInputStream(csv));
        assertThat(app.context.getBean(FileIngestor.class).ingest(file)).isInstanceOf(IngestOutcome.Accepted.class);
    }

    private static long sequence(String ladderJson) {
        try {
            return JSON.readTree(ladderJson).path("eventSequence").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String price(int i) {
        return Integer.toString(100 + i);
    }

    private static long lastQuoteIndex() {
        return app.jdbc.queryForObject(
                "SELECT max(global_index) FROM domain_event_entry WHERE payload_type = ?",
                Long.class,
                QuoteUpdatedEvent.class.getName());
    }

    private static void awaitLiveAtHead() {
        long head = app.jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (String name : List.of("ladder", "orders", "positions")) {
                if (get("/api/projections/" + name).path("livePosition").asLong() < head) {
                    return false;
                }
            }
            return true;
        });
    }

    private static JsonNode awaitEnded(String name) {
        JsonNode[] rebuild = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    rebuild[0] = get("/api/projections/" + name).path("rebuild");
                    return !"running".equals(rebuild[0].path("outcome").asText("running"));
                });
        return rebuild[0];
    }

    private static HttpResponse<String> post(String name) throws Exception {
        return send("POST", "/api/projections/" + name + "/rebuild");
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> answer = send("GET", path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(
                request(path)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((RunningApp.OPERATOR + ":" + RunningApp.OPERATOR_PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)));
    }
}
