package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.api.orders.StaleWorkingOrderSnapshotEvent;
import com.frgm.dashboard.ingest.testsupport.S3MockServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole application with {@code FRGM_INGEST_SOURCE=s3} and no queue: the listing poller
 * takes files uploaded to S3Mock, and their effect reaches Redis.
 */
class S3ListingIngestIT {

    private static final String DAY = "2024/01/15/";
    private static final Duration EFFECT = Duration.ofSeconds(2);

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static S3Samples s3;

    @BeforeAll
    static void start() {
        s3 = new S3Samples("s3list");
        app = RunningApp.startWithS3(dataDir, "s3list", S3MockServer.shared().endpoint(), null, null);
    }

    @AfterAll
    static void stop() {
        app.close();
        s3.close();
    }

    @Test
    void everyFeedUploadedToS3ReachesRedisWithinTwoSeconds() {
        long eventsBefore = app.eventCount();
        s3.upload(
                s3.actantBucket,
                "market-data/GE_XCME.ZN_20240115_103938.csv",
                "market-data/" + DAY + "GE_XCME.ZN_20240115_103938.csv");
        s3.upload(s3.actantBucket, "sod/actant_sod_20240115.csv", "sod/" + DAY + "actant_sod_20240115.csv");
        s3.upload(s3.actantBucket, "eod/actant_eod_20240115.csv", "eod/" + DAY + "actant_eod_20240115.csv");
        s3.upload(
                s3.ttBucket,
                "working-orders/orders_snapshot_1705315178.json",
                "working-orders/" + DAY + "orders_snapshot_1705315178.json");

        await().atMost(EFFECT).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            assertThat(app.redis().hget("actant:market:ZNH24", "bid")).isNotNull();
            assertThat(app.redis().hlen("tt:orders:active")).isPositive();
            assertThat(app.redis().hlen("positions:sod:2024-01-15")).isPositive();
            assertThat(app.redis().hlen("positions:eod:2024-01-15")).isEqualTo(6);
        });
        assertThat(app.eventCount()).isGreaterThan(eventsBefore);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> s3.movedTo(
                                "processed", s3.actantBucket, "market-data/" + DAY + "GE_XCME.ZN_20240115_103938.csv")
                        && s3.movedTo(
                                "processed", s3.ttBucket, "working-orders/" + DAY + "orders_snapshot_1705315178.json"));
    }

    @Test
    void theSameUploadTwiceAddsNoEvents() {
        String key = "market-data/" + DAY + "GE_XCME.ZN_20240115_103950.csv";
        s3.uploadText(s3.actantBucket, key, S3Samples.marketFileWithVolume(20001));
        await().atMost(Duration.ofSeconds(10)).until(() -> s3.movedTo("processed", s3.actantBucket, key));
        long events = app.eventCount();

        s3.uploadText(s3.actantBucket, key, S3Samples.marketFileWithVolume(20001));

        await().atMost(Duration.ofSeconds(10)).until(() -> !s3.exists(s3.actantBucket, key));
        assertThat(app.eventCount()).isEqualTo(events);
        assertThat(s3.exists(s3.actantBucket, "processed/" + key)).isTrue();
    }

    @Test
    void anOlderSnapshotAfterANewerOneChangesNothing() {
        String newer = "working-orders/" + DAY + "orders_snapshot_1705315208.json";
        String older = "working-orders/" + DAY + "orders_snapshot_1705315190.json";
        s3.upload(s3.ttBucket, "working-orders/orders_snapshot_1705315208.json", newer);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "1705315208".equals(app.redis().get("last_update:tt:orders")));
        var ordersBefore = app.redis().hgetall("tt:orders:active");
        long staleBefore = app.eventsOfType(StaleWorkingOrderSnapshotEvent.class);

        s3.upload(s3.ttBucket, "working-orders/empty_snapshot.json", older);

        await().atMost(Duration.ofSeconds(10)).until(() -> s3.exists(s3.ttBucket, "processed/" + older));
        assertThat(app.eventsOfType(StaleWorkingOrderSnapshotEvent.class)).isEqualTo(staleBefore + 1);
        assertThat(app.redis().hgetall("tt:orders:active")).isEqualTo(ordersBefore);
        assertThat(app.redis().get("last_update:tt:orders")).isEqualTo("1705315208");
    }

    @Test
    void aMalformedFileLandsInRejectedWithItsReportAndAGoodOneAfterItStillFlows() {
        String bad = "market-data/" + DAY + "GE_XCME.ZN_20240115_104001.csv";
        String good = "market-data/" + DAY + "GE_XCME.ZN_20240115_104002.csv";
        long eventsBefore = app.eventCount();

        s3.upload(s3.actantBucket, "malformed/crossed-quote.csv", bad);
        await().atMost(Duration.ofSeconds(10)).until(() -> s3.movedTo("rejected", s3.actantBucket, bad));

        assertThat(s3.read(s3.actantBucket, "rejected/" + bad + ".error.json"))
                .contains("\"key\" : \"" + bad + "\"")
                .contains("\"line\" : 2")
                .contains("bid 112.53125 above ask 112.5");
        assertThat(app.eventCount()).isEqualTo(eventsBefore);

        s3.uploadText(s3.actantBucket, good, S3Samples.marketFileWithVolume(30002));
        await().atMost(EFFECT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> "30002".equals(app.redis().hget("actant:market:ZNH24", "volume")));
    }

    @Test
    void aFileUploadedWithTheAwsCliFlowsLikeTheFeedServersUploads(@TempDir Path work) throws Exception {
        boolean required = "1".equals(System.getenv("CI_REQUIRE_AWS_CLI"));
        if (!S3Samples.awsCliAvailable()) {
            assertThat(required)
                    .as("CI_REQUIRE_AWS_CLI=1 but no aws CLI on PATH")
                    .isFalse();
            Assumptions.abort("no aws CLI on PATH (apt-get install awscli); CI requires it");
        }
        String key = "market-data/" + DAY + "GE_XCME.ZN_20240115_104100.csv";

        s3.uploadWithAwsCli(s3.actantBucket, S3Samples.marketFileWithVolume(40003), key, work);

        await().atMost(EFFECT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> "40003".equals(app.redis().hget("actant:market:ZNH24", "volume")));
        await().atMost(Duration.ofSeconds(5)).until(() -> s3.movedTo("processed", s3.actantBucket, key));
    }
}
