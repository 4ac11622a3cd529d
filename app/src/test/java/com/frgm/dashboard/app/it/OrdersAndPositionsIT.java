package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.StaleWorkingOrderSnapshotEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Start-of-day, end-of-day and two TT snapshots through the local inbox: working orders in
 * the seed's Redis hash, the ladder's working quantity, live positions; an older snapshot after
 * a newer one changes nothing; a malformed snapshot is rejected with its report.
 */
class OrdersAndPositionsIT {

    private static final String DAY = "2024/01/15/";
    private static final String SOD = "sod/" + DAY + "actant_sod_20240115.csv";
    private static final String EOD = "eod/" + DAY + "actant_eod_20240115.csv";
    private static final String FIRST = "working-orders/" + DAY + "orders_snapshot_1705315178.json";
    private static final String SECOND = "working-orders/" + DAY + "orders_snapshot_1705315208.json";
    private static final String LATE = "working-orders/" + DAY + "orders_snapshot_1705315190.json";

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static WebClient http;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir);
        http = app.http();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void snapshotsAndPositionFilesBecomeLiveOrdersAndPositions() throws Exception {
        app.drop("sod/actant_sod_20240115.csv", SOD);
        app.drop("eod/actant_eod_20240115.csv", EOD);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(SOD)));
        app.drop(RunningApp.TT_BUCKET, "working-orders/orders_snapshot_1705315178.json", FIRST);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(RunningApp.TT_BUCKET, FIRST)));
        app.drop(RunningApp.TT_BUCKET, "working-orders/orders_snapshot_1705315208.json", SECOND);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(RunningApp.TT_BUCKET, SECOND)));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(app.redis().hkeys("tt:orders:active")).containsExactlyInAnyOrder("907000", "907002", "907003");
            assertThat(app.redis().get("last_update:tt:orders")).isEqualTo("1705315208");
        });
        assertThat(app.redis().hget("tt:orders:active", "907000")).contains("\"filled_qty\":1");
        assertThat(app.eventsOfType(OrderFilledEvent.class)).isEqualTo(1);
        assertThat(app.redis().hlen("positions:eod:2024-01-15")).isEqualTo(6);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode live = get("/api/live-positions?instrument=ZNH24");
            assertThat(live.path("startOfDayDate").asText()).isEqualTo("2024-01-15");
            assertThat(live.path("positions").get(0).path("account").asText()).isEqualTo("FRGM01");
            assertThat(live.path("positions").get(0).path("live").asLong()).isEqualTo(25); // 24 + 1 bought
            assertThat(live.path("positions").get(1).path("live").asLong()).isEqualTo(-22);
        });
        JsonNode ours = get("/api/orders/ZNH24");
        assertThat(ours.path("position").asLong()).isEqualTo(3);
        assertThat(ours.path("levels").toString())
                .contains("{\"price\":\"112.578125\",\"workingBuyQty\":0,\"workingSellQty\":24}")
                .contains("{\"price\":\"112.4375\",\"workingBuyQty\":39,\"workingSellQty\":0}");

        long eventsBefore = app.eventCount();
        app.drop(RunningApp.TT_BUCKET, "working-orders/empty_snapshot.json", LATE);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(RunningApp.TT_BUCKET, LATE)));
        assertThat(app.eventCount() - eventsBefore).isEqualTo(1);
        assertThat(app.eventsOfType(StaleWorkingOrderSnapshotEvent.class)).isEqualTo(1);
        assertThat(app.redis().hlen("tt:orders:active")).isEqualTo(3);

        unchangedFilesForALaterDateOrTimeAreNewFiles();
    }

    /** Their date or time is only in the file name: same bytes under a new one are not a redelivery. */
    private void unchangedFilesForALaterDateOrTimeAreNewFiles() throws Exception {
        String nextDaySod = "sod/2024/01/16/actant_sod_20240116.csv";
        String laterSnapshot = "working-orders/" + DAY + "orders_snapshot_1705315400.json";
        long eventsBefore = app.eventCount();
        app.drop("sod/actant_sod_20240115.csv", nextDaySod);
        app.drop(RunningApp.TT_BUCKET, "working-orders/orders_snapshot_1705315208.json", laterSnapshot);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(app.processed(nextDaySod))
                        && Files.exists(app.processed(RunningApp.TT_BUCKET, laterSnapshot)));

        assertThat(app.eventCount() - eventsBefore).isEqualTo(2); // the SOD set, the snapshot applied
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(app.redis().hgetall("positions:sod:2024-01-16"))
                    .isEqualTo(app.redis().hgetall("positions:sod:2024-01-15"));
            assertThat(app.redis().get("last_update:tt:orders")).isEqualTo("1705315400");
        });

        app.drop("sod/actant_sod_20240115.csv", SOD);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !Files.exists(app.inbox().resolve(SOD)));
        assertThat(app.eventCount() - eventsBefore).isEqualTo(2); // the same file again is a redelivery
    }

    @Test
    void malformedSnapshotIsRejectedWithItsReport() throws Exception {
        String key = "working-orders/" + DAY + "orders_snapshot_1705315300.json";
        long eventsBefore = app.eventCount();
        app.drop(RunningApp.TT_BUCKET, "malformed/order-without-side.json", key);

        Path report = app.rejected(RunningApp.TT_BUCKET, key + ".error.json");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(report));
        assertThat(Files.readString(report)).contains("side");
        assertThat(app.eventCount()).isEqualTo(eventsBefore);
    }

    private static JsonNode get(String uri) {
        return http.get().uri(uri).retrieve().bodyToMono(JsonNode.class).block();
    }
}
