package com.frgm.dashboard.app.it.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.frgm.dashboard.app.FrgmApplication;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import redis.embedded.RedisServer;

/**
 * The two-node drill (ADR 0014, docs/runbook-two-nodes.md): two ingest and two dashboard
 * processes on one PostgreSQL and one Redis while market-data files stream in. The TT poller's
 * leader is killed with {@code kill -9}, then the dashboard that owns the ZN ladder's segment.
 * Every file is ingested exactly once, the other ingest node takes over the TT polls, the
 * surviving dashboard takes over the segment within 15 s while its live stream keeps flowing,
 * and Redis ends as a clean single-node run of the same files leaves it. The take-over times are
 * printed as {@code DRILL ...} lines.
 */
class TwoNodeDrillIT {

    private static final int FILES = 60;
    private static final Duration SPACING = Duration.ofMillis(250);
    private static final String FEED = "GE_XCME.ZN";
    private static final String BUCKET = "frgm-actant-dev";
    private static final String DRILL_USER = "drill";
    private static final String DRILL_PASSWORD = "drill-secret";

    @TempDir
    Path work;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void nodesDieAndTheOthersTakeOverLosingAndDoublingNothing() throws Exception {
        Path shared = Files.createDirectories(work.resolve("shared"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                TtApiStub tt = new TtApiStub()) {
            int redisPort = Node.freePort();
            RedisServer redis = RedisServer.newRedisServer()
                    .port(redisPort)
                    .setting("bind 127.0.0.1")
                    .setting("save \"\"")
                    .build();
            redis.start();
            List<Node> nodes = new ArrayList<>();
            try {
                List<String> stores = List.of(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.data.redis.url=redis://127.0.0.1:" + redisPort,
                        "--frgm.history.enabled=false",
                        "--frgm.feeds.stall-after=1h");
                Node ingestA = ingest("ingestA", shared, stores, tt);
                nodes.add(ingestA);
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> tt.orders.stream().anyMatch(r -> r.node().equals("ingestA")));
                Node ingestB = ingest("ingestB", shared, stores, tt);
                Node dashboardC = dashboard("dashboardC", stores);
                Node dashboardD = dashboard("dashboardD", stores);
                nodes.addAll(List.of(ingestB, dashboardC, dashboardD));
                await().atMost(Duration.ofSeconds(180))
                        .until(() -> nodes.stream().allMatch(Node::ready));

                Map<Node, List<Seen>> streams =
                        Map.of(dashboardC, new CopyOnWriteArrayList<>(), dashboardD, new CopyOnWriteArrayList<>());
                List<Disposable> subscriptions = new ArrayList<>();
                streams.forEach((node, seen) -> subscriptions.add(subscribe(node, seen)));

                JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
                List<String> contents = new ArrayList<>();
                Instant ingestKill = null;
                Instant dashboardKill = null;
                Node survivor = null;
                long lastSeqBeforeKill = 0;
                for (int i = 0; i < FILES; i++) {
                    contents.add(drop(shared, i));
                    if (i == 15) {
                        ingestKill = Instant.now();
                        ingestA.kill();
                    }
                    if (i == 30) {
                        Node owner = ownerOfTheLadderSegment(db, dashboardC, dashboardD);
                        survivor = owner == dashboardC ? dashboardD : dashboardC;
                        lastSeqBeforeKill = streams.get(survivor).stream()
                                .mapToLong(Seen::sequence)
                                .max()
                                .orElse(0);
                        dashboardKill = Instant.now();
                        owner.kill();
                    }
                    Thread.sleep(SPACING.toMillis());
                }

                Path processed = shared.resolve("inbox").resolve(BUCKET).resolve("processed");
                await().atMost(Duration.ofSeconds(60)).until(() -> count(processed) == FILES);
                RedisCommands<String, String> clusterRedis = redisClient(redisPort);
                String lastBid = bid(FILES - 1);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> lastBid.equals(clusterRedis.hget("actant:market:ZNH24", "bid")));

                // Exactly once: each file one registry row and one file-accepted event, none left in the inbox.
                assertThat(db.queryForObject("SELECT count(*) FROM ingested_file WHERE feed_id = ?", Long.class, FEED))
                        .isEqualTo(FILES);
                assertThat(db.queryForObject("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE payload_type = 'com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent'""", Long.class)).isEqualTo(FILES);
                assertThat(count(shared.resolve("inbox").resolve(BUCKET).resolve("market-data")))
                        .isZero();

                // The TT poller moved to ingestB; one poller at a time, and one daily count for both.
                Instant killedAt = ingestKill;
                Instant firstPollOfB = tt.orders.stream()
                        .filter(r -> r.node().equals("ingestB"))
                        .map(TtApiStub.OrdersRequest::at)
                        .min(Instant::compareTo)
                        .orElseThrow();
                assertThat(tt.orders)
                        .filteredOn(r -> r.node().equals("ingestB"))
                        .allMatch(r -> r.at().isAfter(killedAt));
                long ttTakeover = Duration.between(ingestKill, firstPollOfB).toMillis();
                assertThat(ttTakeover).isLessThan(15_000);
                assertThat(db.queryForObject("SELECT sum(used) FROM tt_request_budget", Long.class))
                        .isGreaterThanOrEqualTo(tt.orders.size());

                // The survivor's stream flowed on, and served the ladder again within 15 s of the kill.
                Instant dashboardKilledAt = dashboardKill;
                long before = lastSeqBeforeKill;
                Seen firstAfter = streams.get(survivor).stream()
                        .filter(s -> s.sequence() > before)
                        .filter(s -> s.at().isAfter(dashboardKilledAt))
                        .findFirst()
                        .orElseThrow();
                long dashboardTakeover =
                        Duration.between(dashboardKill, firstAfter.at()).toMillis();
                assertThat(dashboardTakeover).isLessThan(15_000);
                assertThat(streams.get(survivor))
                        .filteredOn(s -> s.at().isAfter(firstAfter.at()))
                        .isNotEmpty();
                subscriptions.forEach(Disposable::dispose);

                System.out.printf(
                        "DRILL kill -9 of the TT poller's ingest node -> first poll by the other: %d ms%n", ttTakeover);
                System.out.printf(
                        "DRILL kill -9 of the dashboard owning the ladder segment -> first ladder update"
                                + " served by the survivor: %d ms%n",
                        dashboardTakeover);

                assertThat(marketKeys(clusterRedis)).isEqualTo(cleanRun(contents));
            } finally {
                for (Node node : nodes) {
                    node.close();
                }
                redis.stop();
            }
        }
    }

    private Node ingest(String name, Path shared, List<String> stores, TtApiStub tt) throws Exception {
        List<String> args = new ArrayList<>(stores);
        args.addAll(List.of(
                "--frgm.roles=ingest",
                "--frgm.data-dir=" + shared,
                "--frgm.ingest.poll-interval=20ms",
                "--frgm.ingest.settle-time=20ms",
                "--frgm.tt.base-url=" + tt.baseUrl(),
                "--frgm.tt.env=" + TtApiStub.ENV,
                "--frgm.tt.api-key=k",
                "--frgm.tt.api-secret=s",
                "--frgm.tt.poll-interval=1s",
                "--frgm.tt.request-id-prefix=" + name + "-frgm"));
        return Node.start(name, work, args);
    }

    private Node dashboard(String name, List<String> stores) throws Exception {
        List<String> args = new ArrayList<>(stores);
        args.addAll(List.of(
                "--frgm.roles=dashboard",
                "--frgm.data-dir=" + work.resolve(name),
                "--frgm.security.users=" + DRILL_USER + ":{noop}" + DRILL_PASSWORD + ":viewer"));
        return Node.start(name, work, args);
    }

    private record Seen(Instant at, long sequence) {}

    private static Disposable subscribe(Node node, List<Seen> seen) {
        return WebClient.builder()
                .baseUrl(node.uri("").toString())
                .defaultHeaders(headers -> headers.setBasicAuth(DRILL_USER, DRILL_PASSWORD))
                .build()
                .get()
                .uri("/api/ladder/ZNH24/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .filter(event -> "ladder".equals(event.event()))
                .retry()
                .subscribe(event -> seen.add(new Seen(Instant.now(), Long.parseLong(event.id()))));
    }

    /** The dashboard whose pid owns the token of the ladder segment that holds the feed's events. */
    private static Node ownerOfTheLadderSegment(JdbcTemplate db, Node... dashboards) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            List<Map<String, Object>> tokens = db.queryForList(
                                    "SELECT segment, owner FROM token_entry WHERE processor_name = 'ladder'");
                            int mask = tokens.size() - 1;
                            for (Map<String, Object> token : tokens) {
                                if (((Number) token.get("segment")).intValue() == (FEED.hashCode() & mask)
                                        && token.get("owner") != null) {
                                    for (Node node : dashboards) {
                                        if (token.get("owner").toString().startsWith(node.pid() + "@")) {
                                            return node;
                                        }
                                    }
                                }
                            }
                            return null;
                        },
                        node -> node != null);
    }

    private static String drop(Path shared, int i) throws Exception {
        Instant time = Instant.parse("2024-03-05T09:00:00Z").plusSeconds(i);
        String name = String.format("%s_20240305_09%02d%02d.csv", FEED, i / 60, i % 60);
        String csv = "instrument,timestamp,bid,ask,price\nZNH24," + time + "," + bid(i) + ",200,150\n";
        Path target = shared.resolve("inbox")
                .resolve(BUCKET)
                .resolve("market-data/2024/03/05")
                .resolve(name);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + name + ".tmp");
        Files.writeString(tmp, csv);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return name + "\n" + csv;
    }

    private static String bid(int i) {
        return Integer.toString(100 + i);
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".csv"))
                    .count();
        }
    }

    private static RedisCommands<String, String> redisClient(int port) {
        StatefulRedisConnection<String, String> connection =
                RedisClient.create("redis://127.0.0.1:" + port).connect();
        return connection.sync();
    }

    /** The market-data keys, with the ladder's event sequence left out: global indexes differ between stores. */
    private Map<String, Object> marketKeys(RedisCommands<String, String> redis) throws Exception {
        Map<String, Object> keys = new TreeMap<>();
        for (String key : redis.keys("*")) {
            if (key.startsWith("actant:market:")) {
                keys.put(key, new TreeMap<>(redis.hgetall(key)));
            } else if (key.startsWith("ladder:") && !key.equals("ladder:updates")) {
                ObjectNode ladder = (ObjectNode) json.readTree(redis.get(key));
                ladder.remove("eventSequence");
                keys.put(key, ladder);
            } else if (key.equals("last_update:actant:market")) {
                keys.put(key, redis.get(key));
            }
        }
        return keys;
    }

    /** The same files through one in-process node on its own embedded servers. */
    private Map<String, Object> cleanRun(List<String> contents) throws Exception {
        Path dataDir = work.resolve("clean");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FrgmApplication.class)
                .run(
                        "--frgm.data-dir=" + dataDir,
                        "--server.port=0",
                        "--frgm.demo.enabled=false",
                        "--frgm.history.enabled=false",
                        "--frgm.archive.enabled=false")) {
            FileIngestor ingestor = app.getBean(FileIngestor.class);
            for (String content : contents) {
                String name = content.substring(0, content.indexOf('\n'));
                byte[] csv = content.substring(content.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8);
                ingestor.ingest(new FeedFile(
                        BUCKET, "market-data/2024/03/05/" + name, csv.length, () -> new ByteArrayInputStream(csv)));
            }
            RedisClient client = RedisClient.create(app.getEnvironment().getRequiredProperty("spring.data.redis.url"));
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                String lastBid = bid(contents.size() - 1);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> lastBid.equals(connection.sync().hget("actant:market:ZNH24", "bid")));
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> connection.sync().get("last_update:actant:market") != null);
                return marketKeys(connection.sync());
            } finally {
                client.shutdown();
            }
        }
    }
}
