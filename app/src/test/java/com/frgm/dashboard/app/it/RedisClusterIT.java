package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.query.redis.RedisTestCluster;
import com.frgm.dashboard.query.redis.RedisTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * The application on a real three-master Redis Cluster, as it runs on MemoryDB (ADR 0026), chosen
 * by {@code spring.data.redis.cluster.nodes} alone: a dropped file's ladder lands in the cluster
 * and reaches the ladder API and its live stream (pub/sub across the nodes); blue/green rebuilds
 * switch the read models, spread over every master, back to exactly what they were; a flushed
 * cluster comes back by itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisClusterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2024/01/15/";
    private static final String FIRST = "GE_XCME.ZN_20240115_103938.csv";
    private static final String SECOND = "GE_XCME.ZN_20240115_103939.csv";
    private static final String ORDERS = "working-orders/" + DAY + "orders_snapshot_1705315178.json";

    @TempDir
    static Path dataDir;

    static RedisTestCluster cluster;
    static RunningApp app;

    @BeforeAll
    static void start() {
        cluster = RedisTestServer.cluster(3);
        List<String> args = new ArrayList<>(cluster.applicationArguments());
        // Redis is configured, the rest embedded.
        args.addAll(List.of("--frgm.local=true", "--frgm.history.enabled=false"));
        app = RunningApp.start(dataDir, args.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        cluster.close();
    }

    @Test
    @Order(1)
    void aDroppedFilesLadderReachesTheClusterTheApiAndTheLiveStream() throws Exception {
        assertThat(app.context.getEnvironment().getProperty("spring.data.redis.url"))
                .isNull();
        List<String> streamed = new CopyOnWriteArrayList<>();
        Disposable stream = app.http()
                .get()
                .uri("/api/ladder/ZNH24/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .filter(event -> event.data() != null)
                .subscribe(event -> streamed.add(event.data()));
        try {
            app.drop("market-data/" + FIRST, "market-data/" + DAY + FIRST);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(app.redis().hgetall("actant:market:ZNH24"))
                        .containsEntry("bid", "112.5")
                        .containsEntry("ask", "112.515625");
                assertThat(app.redis().get("last_update:actant:market")).isEqualTo("1705315178");
            });
            assertThat(get("/api/ladder/ZNH24").path("bestAsk").asText()).isEqualTo("112.515625");
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(streamed)
                            .anySatisfy(json -> assertThat(json).contains("\"bestBid\":\"112.5\"")));

            app.drop("market-data/" + SECOND, "market-data/" + DAY + SECOND);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(streamed)
                            .anySatisfy(json -> assertThat(json).contains("\"bestBid\":\"112.515625\"")));
        } finally {
            stream.dispose();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health/readiness") == 200);
    }

    @Test
    @Order(2)
    void blueGreenRebuildsSwitchKeysOnEveryMasterBackToWhatTheyWere() throws Exception {
        app.drop("sod/actant_sod_20240115.csv", "sod/" + DAY + "actant_sod_20240115.csv");
        app.drop(RunningApp.TT_BUCKET, "working-orders/orders_snapshot_1705315178.json", ORDERS);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(app.processed(RunningApp.TT_BUCKET, ORDERS)));
        awaitLiveAtHead();
        Map<String, Object> before = readModels();
        assertThat(before).containsKeys("ladder:ZNH24", "tt:orders:active", "positions:sod:2024-01-15");
        assertThat(cluster.keysPerNode()).allSatisfy(keys -> assertThat(keys).isPositive());

        for (String name : List.of("ladder", "orders", "positions")) {
            assertThat(status("POST", "/api/projections/" + name + "/rebuild")).isEqualTo(202);
            assertThat(awaitEnded(name).path("outcome").asText()).isEqualTo("switched");
            assertThat(get("/api/projections/" + name).path("liveVersion").asInt())
                    .isEqualTo(2);
        }

        assertThat(readModels()).isEqualTo(before);
        assertThat(app.redis().keys("rebuild:*")).isEmpty();
        assertThat(get("/api/ladder/ZNH24").path("bestBid").asText()).isEqualTo("112.515625");
    }

    @Test
    @Order(3)
    void aFlushedClusterComesBackByItself() throws Exception {
        Map<String, Object> before = rebuiltWhenLost();
        assertThat(before).containsKeys("ladder:ZNH24", "tt:orders:active", "positions:sod:2024-01-15");

        app.redis().flushall();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> rebuiltWhenLost().equals(before)
                        && app.redis().keys("rebuild:*").isEmpty());
        assertThat(status("/api/ladder/ZNH24")).isEqualTo(200);
    }

    /** The read models a lost Redis rebuilds by itself: ladder, orders and positions (ADR 0024). */
    private static Map<String, Object> rebuiltWhenLost() {
        Map<String, Object> dump = readModels();
        dump.keySet()
                .removeIf(key -> !key.matches("(seq:\\{)?(ladder:|actant:market|last_update:|tt:orders|positions:).*"));
        return dump;
    }

    /** Redis less the rebuilds' bookkeeping, the P&amp;L samples and the operations log (rebuilds add to it). */
    private static Map<String, Object> readModels() {
        Map<String, Object> dump = RedisDump.withoutPnlSamples(RedisDump.of(app.redis()));
        dump.keySet()
                .removeIf(key -> key.startsWith("projection:")
                        || key.equals("operations:log")
                        || key.equals("seq:{operations:log}"));
        return dump;
    }

    private static void awaitLiveAtHead() {
        long head = app.jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> List.of("ladder", "orders", "positions").stream()
                        .allMatch(name -> get("/api/projections/" + name)
                                        .path("livePosition")
                                        .asLong()
                                >= head));
    }

    private static JsonNode awaitEnded(String name) {
        JsonNode[] rebuild = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    rebuild[0] = get("/api/projections/" + name).path("rebuild");
                    return !"running".equals(rebuild[0].path("outcome").asText("running"));
                });
        return rebuild[0];
    }

    private static JsonNode get(String path) {
        try {
            return JSON.readTree(app.http()
                    .get()
                    .uri(path)
                    .retrieve()
                    .bodyToMono(String.class)
                    .block());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static int status(String path) {
        return status("GET", path);
    }

    private static int status(String method, String path) {
        return app.http()
                .method(HttpMethod.valueOf(method))
                .uri(path)
                .exchangeToMono(answer ->
                        answer.releaseBody().then(Mono.just(answer.statusCode().value())))
                .block();
    }
}
