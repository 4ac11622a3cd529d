package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.api.audit.FetchStateAtQuery;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.FetchInstrumentOrdersQuery;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.app.cli.Cli;
import com.frgm.dashboard.eventstore.archive.ArchivedEvent;
import com.frgm.dashboard.eventstore.archive.EventReader;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The archive end to end on an external PostgreSQL: files flow, the live ladder is recorded at
 * several instants, the archive catches up; the point-in-time answers (store and archive)
 * equal the recorded ladders; the database is dropped and recreated, the archive restored into
 * it, and a fresh application rebuilds exactly the Redis state the first one had.
 */
class ArchiveRecoveryIT {

    private static final int FILES = 6;
    private static final ObjectMapper JSON = EventSerialization.objectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path rebuiltDataDir;

    @Test
    void archiveAnswersThePastAndRestoresALostDatabase() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
            admin.execute("CREATE DATABASE frgm");
            String url = postgres.getJdbcUrl("postgres", "frgm");
            Path archive = dataDir.resolve("archive");
            String[] db = {
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--frgm.archive.uri=file:" + archive,
                "--frgm.local=true"
            }; // embedded Redis and Dynoxide beside the test's own PostgreSQL

            Map<Instant, LadderView> recorded = new LinkedHashMap<>();
            Map<Instant, InstrumentOrdersView> recordedOrders = new LinkedHashMap<>();
            List<ArchivedEvent> storedBefore;
            List<String> filesBefore;
            Map<String, Object> redisBefore;
            try (RunningApp app = RunningApp.start(dataDir, db)) {
                QueryGateway queries = app.context.getBean(QueryGateway.class);
                app.drop("sod/actant_sod_20240115.csv", "sod/2024/01/15/actant_sod_20240115.csv");
                app.drop(
                        RunningApp.TT_BUCKET,
                        "working-orders/orders_snapshot_1705315178.json",
                        "working-orders/2024/01/15/orders_snapshot_1705315178.json");
                // Each processing group has its own lag: wait until orders and positions show both files.
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    InstrumentOrdersView view = queries.query(
                                    new FetchInstrumentOrdersQuery("ZNH24"), InstrumentOrdersView.class)
                            .get();
                    return !view.orders().isEmpty() && view.position() != null;
                });
                for (int i = 0; i < FILES; i++) {
                    if (i == 3) {
                        app.drop(
                                RunningApp.TT_BUCKET,
                                "working-orders/orders_snapshot_1705315208.json",
                                "working-orders/2024/01/15/orders_snapshot_1705315208.json");
                        await().atMost(Duration.ofSeconds(20))
                                .until(() -> queries.query(
                                                                new FetchInstrumentOrdersQuery("ZNH24"),
                                                                InstrumentOrdersView.class)
                                                        .get()
                                                        .orders()
                                                        .size()
                                                == 3
                                        && Long.valueOf(3)
                                                .equals(queries.query(
                                                                new FetchInstrumentOrdersQuery("ZNH24"),
                                                                InstrumentOrdersView.class)
                                                        .get()
                                                        .position()));
                    }
                    writeMarketData(app.inbox(), i);
                    long volume = 10_000 + i;
                    await().atMost(Duration.ofSeconds(20)).until(() -> {
                        LadderView live = queries.query(new FetchLadderQuery("ZNH24"), LadderView.class)
                                .get();
                        return live != null && live.volume() == volume;
                    });
                    Instant at = Instant.now();
                    recorded.put(
                            at,
                            queries.query(new FetchLadderQuery("ZNH24"), LadderView.class)
                                    .get());
                    recordedOrders.put(
                            at,
                            queries.query(new FetchInstrumentOrdersQuery("ZNH24"), InstrumentOrdersView.class)
                                    .get());
                    // Axon stamps events in milliseconds: the next file's must fall after this instant.
                    await().pollInterval(Duration.ofMillis(5))
                            .until(() -> Instant.now().isAfter(at.plusMillis(5)));
                }
                long head = app.jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
                // RPO: the archive holds every event within the 2 s cut age plus a poll.
                await().atMost(Duration.ofSeconds(4))
                        .until(() -> app.jdbc.queryForObject("SELECT last_global_index FROM archive_cursor", Long.class)
                                == head);

                for (Map.Entry<Instant, LadderView> live : recorded.entrySet()) {
                    StateAtView fromStore = queries.query(
                                    new FetchStateAtQuery(live.getKey(), "ZNH24"), StateAtView.class)
                            .get();
                    assertThat(fromStore.ladders()).containsExactly(live.getValue());
                    assertThat(fromStore.orders()).containsExactly(recordedOrders.get(live.getKey()));
                    assertThat(json(replayFromArchive(archive, live.getKey())).path("ladders"))
                            .isEqualTo(json(List.of(live.getValue())));
                }
                Instant last = recorded.keySet().stream().reduce((a, b) -> b).orElseThrow();
                JsonNode http = JSON.readTree(app.http()
                        .get()
                        .uri("/api/audit/state?at={at}&instrument=ZNH24", last)
                        .retrieve()
                        .bodyToMono(String.class)
                        .block());
                // Over HTTP prices are JSON strings (ADR 0028): read them back as views, not as numbers.
                assertThat(JSON.readerForListOf(LadderView.class).<List<LadderView>>readValue(http.path("ladders")))
                        .containsExactly(recorded.get(last));
                // That replay was an operator action (ADR 0021): its event is in the store, and in the
                // operations log once the projection has it; the restored node must show it too.
                await().atMost(Duration.ofSeconds(10)).until(() -> app.redis().zcard("operations:log") == 1);

                storedBefore = new EventReader(app.jdbc).after(0, Integer.MAX_VALUE);
                filesBefore = app.jdbc.queryForList(
                        "SELECT content_sha256 || ' ' || file_key FROM ingested_file" + " ORDER BY 1", String.class);
                redisBefore = readModels(app);
            }

            admin.execute("DROP DATABASE frgm WITH (FORCE)");
            admin.execute("CREATE DATABASE frgm");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] restore = {"restore", "--from", "file:" + archive, "--jdbc-url", url, "--user", "postgres"};
            assertThat(Cli.run(restore, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                    .as(err.toString(StandardCharsets.UTF_8))
                    .isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("restored " + storedBefore.size() + " events");
            JdbcTemplate restored = new JdbcTemplate(postgres.getDatabase("postgres", "frgm"));
            assertThat(new EventReader(restored).after(0, Integer.MAX_VALUE)).isEqualTo(storedBefore);
            assertThat(hashes(new EventReader(restored).after(0, Integer.MAX_VALUE)))
                    .isEqualTo(hashes(storedBefore));
            // The duplicate-content registry comes back too, so a re-delivered file is not ingested twice.
            assertThat(restored.queryForList(
                            "SELECT content_sha256 || ' ' || file_key FROM ingested_file ORDER BY 1", String.class))
                    .hasSize(FILES + 3)
                    .isEqualTo(filesBefore);

            ByteArrayOutputStream refused = new ByteArrayOutputStream();
            assertThat(Cli.run(restore, System.out, new PrintStream(refused, true, StandardCharsets.UTF_8)))
                    .isEqualTo(1);
            assertThat(refused.toString(StandardCharsets.UTF_8)).contains("is not empty");

            // A fresh Redis: every projection rebuilds from the restored store.
            try (RunningApp rebuilt = RunningApp.start(rebuiltDataDir, db)) {
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(readModels(rebuilt)).isEqualTo(redisBefore));
            }
        }
    }

    private static String replayFromArchive(Path archive, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(
                new String[] {
                    "replay",
                    "--at",
                    at.toString(),
                    "--instrument",
                    "ZNH24",
                    "--source",
                    "archive",
                    "--archive",
                    "file:" + archive
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("100%");
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    /** Through text, as the other side came, so that 112.0 and 112.00 compare by value. */
    private static JsonNode json(Object value) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(value));
    }

    private static List<String> hashes(List<ArchivedEvent> events) {
        List<String> hashes = new ArrayList<>();
        for (ArchivedEvent e : events) {
            hashes.add(e.globalIndex() + ":"
                    + com.frgm.dashboard.eventstore.archive.ManifestEntry.sha256((e.eventIdentifier()
                                    + e.aggregateIdentifier()
                                    + e.sequenceNumber()
                                    + e.payloadType()
                                    + e.timeStamp()
                                    + new String(e.payload(), StandardCharsets.UTF_8)
                                    + (e.metaData() == null ? "" : new String(e.metaData(), StandardCharsets.UTF_8)))
                            .getBytes(StandardCharsets.UTF_8)));
        }
        return hashes;
    }

    /** File i moves ZNH24 and one option by i ticks; the future's volume tells which file is live. */
    private static void writeMarketData(Path inbox, int i) throws Exception {
        String time = Instant.parse("2024-01-15T10:40:00Z").plusSeconds(i).toString();
        String name = "GE_XCME.ZN_20240115_1040" + String.format("%02d", i) + ".csv";
        String csv = "instrument,timestamp,bid,bid_size,ask,ask_size,price,volume,tick_size,multiplier\n"
                + "ZNH24," + time + "," + (112 + i * 0.015625) + ",100," + (112.015625 + i * 0.015625) + ",200,"
                + (112 + i * 0.015625) + "," + (10_000 + i) + ",0.015625,1000\n"
                + "ZNH24 C113," + time + "," + (0.5 + i * 0.015625) + ",10," + (0.515625 + i * 0.015625) + ",20,"
                + (0.5 + i * 0.015625) + "," + i + ",0.015625,1000\n";
        Path target = inbox.resolve("market-data/2024/01/15/" + name);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + name + ".tmp");
        Files.writeString(tmp, csv);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Redis without the P&L samples and the rebuild tooling's marker, which holds the node's live
     * position and is bookkeeping, not a read model (ADR 0024).
     */
    private static Map<String, Object> readModels(RunningApp app) {
        Map<String, Object> dump = RedisDump.withoutPnlSamples(RedisDump.of(app.redis()));
        dump.keySet().removeIf(key -> key.startsWith("projection:"));
        return dump;
    }
}
