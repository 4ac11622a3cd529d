package com.frgm.dashboard.ingest.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.testsupport.S3MockServer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The listing poller against S3Mock and PostgreSQL: what it ingests, moves and remembers. */
class S3ListingPollerIT {

    private static final String DAY = "market-data/2024/01/15/";
    private static final AtomicInteger ENVS = new AtomicInteger();

    static S3SourceFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new S3SourceFixture();
    }

    @BeforeEach
    void forgetEarlierTests() {
        fixture.forgetIngestedFiles();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    /** Each test its own buckets ({@code FRGM_ENV}), so they share one S3Mock and database. */
    private static IngestProperties freshEnv(long maxFileSize) {
        IngestProperties properties = fixture.properties("list" + ENVS.incrementAndGet(), maxFileSize);
        S3MockServer.shared().createBuckets(properties.actantBucket(), properties.ttBucket());
        return properties;
    }

    private static S3ListingPoller poller(IngestProperties properties, Duration fullScanEvery) {
        S3Objects objects = new S3Objects(fixture.s3);
        return new S3ListingPoller(
                objects,
                fixture.drain(objects, properties),
                new ListingCursor(fixture.jdbc),
                WatchedPrefix.all(properties),
                new S3SourceProperties("s3", null, null, null, fullScanEvery, null, null),
                Clock.systemUTC());
    }

    @Test
    void ingestsEveryWatchedFeedAndMovesEachFileToProcessed() throws Exception {
        IngestProperties env = freshEnv(64 << 20);
        String quote = DAY + "GE_XCME.ZN_20240115_103938.csv";
        String orders = "working-orders/2024/01/15/orders_snapshot_1705315178.json";
        fixture.upload(env.actantBucket(), quote, "GE_XCME.ZN_20240115_103938.csv");
        fixture.upload(env.ttBucket(), orders, "orders_snapshot_1705315178.json");
        int before = fixture.commands.get();

        assertThat(poller(env, Duration.ofHours(1)).pollOnce()).isEqualTo(2);

        assertThat(fixture.commands.get() - before).isEqualTo(2);
        assertThat(fixture.exists(env.actantBucket(), "processed/" + quote)).isTrue();
        assertThat(fixture.exists(env.actantBucket(), quote)).isFalse();
        assertThat(fixture.exists(env.ttBucket(), "processed/" + orders)).isTrue();
        assertThat(fixture.exists(env.ttBucket(), orders)).isFalse();
        assertThat(new ListingCursor(fixture.jdbc).lastKey(new WatchedPrefix(env.ttBucket(), "working-orders/")))
                .contains(orders);
    }

    @Test
    void aRestartListsFromTheDurableCursorAndTheFullScanFindsOlderKeys() throws Exception {
        IngestProperties env = freshEnv(64 << 20);
        String first = DAY + "GE_XCME.ZN_20240115_103938.csv";
        fixture.upload(env.actantBucket(), first, "GE_XCME.ZN_20240115_103938.csv");
        poller(env, Duration.ofHours(1)).pollOnce();
        // Late arrivals: one earlier the same day (inside the window), one days older (outside).
        String sameDay = DAY + "GE_XCME.ZN_20240115_090000.csv";
        String older = "market-data/2024/01/10/GE_XCME.ZN_20240110_103939.csv";
        fixture.upload(env.actantBucket(), sameDay, "GE_XCME.ZN_20240115_103939.csv");
        fixture.upload(env.actantBucket(), older, "GE_XCME.ZN_20240115_103939.csv");

        S3ListingPoller restarted = poller(env, Duration.ofHours(1));
        assertThat(restarted.pollOnce()).isEqualTo(1);
        assertThat(fixture.exists(env.actantBucket(), "processed/" + sameDay)).isTrue();
        assertThat(fixture.exists(env.actantBucket(), older)).isTrue();
        assertThat(new ListingCursor(fixture.jdbc).lastKey(new WatchedPrefix(env.actantBucket(), "market-data/")))
                .contains(first);

        assertThat(poller(env, Duration.ZERO).pollOnce()).isEqualTo(1);
        assertThat(fixture.exists(env.actantBucket(), older)).isFalse();
        // Same content as the same-day file: a duplicate by hash, moved all the same.
        assertThat(fixture.exists(env.actantBucket(), "processed/" + older)).isTrue();
    }

    @Test
    void aMalformedFileGoesToRejectedWithItsReportAndAGoodOneAfterItStillFlows() throws Exception {
        IngestProperties env = freshEnv(64 << 20);
        String bad = DAY + "GE_XCME.ZN_20240115_104001.csv";
        String good = DAY + "GE_XCME.ZN_20240115_104002.csv";
        fixture.upload(env.actantBucket(), bad, "malformed/crossed-quote.csv");
        fixture.upload(env.actantBucket(), good, "GE_XCME.ZN_20240115_103938.csv");
        long filesBefore = fixture.ingestedFiles();

        poller(env, Duration.ofHours(1)).pollOnce();

        assertThat(fixture.exists(env.actantBucket(), bad)).isFalse();
        assertThat(fixture.exists(env.actantBucket(), "rejected/" + bad)).isTrue();
        assertThat(fixture.read(env.actantBucket(), "rejected/" + bad + ".error.json"))
                .contains("\"key\" : \"" + bad + "\"")
                .contains("\"line\" : 2")
                .contains("above ask");
        assertThat(fixture.exists(env.actantBucket(), "processed/" + good)).isTrue();
        assertThat(fixture.ingestedFiles()).isEqualTo(filesBefore + 1);
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedUnread() throws Exception {
        IngestProperties env = freshEnv(100);
        String big = DAY + "GE_XCME.ZN_20240115_105000.csv";
        fixture.upload(env.actantBucket(), big, "GE_XCME.ZN_20240115_103938.csv");

        poller(env, Duration.ofHours(1)).pollOnce();

        assertThat(fixture.exists(env.actantBucket(), "rejected/" + big)).isTrue();
        assertThat(fixture.read(env.actantBucket(), "rejected/" + big + ".error.json"))
                .contains("over the limit of 100 bytes");
    }

    @Test
    void aNewerUploadToTheSameKeyWhileAFileIsIngestedIsKeptAndIngestedNext() throws Exception {
        IngestProperties env = freshEnv(64 << 20);
        String key = DAY + "GE_XCME.ZN_20240115_111000.csv";
        fixture.upload(env.actantBucket(), key, "GE_XCME.ZN_20240115_103938.csv");
        fixture.duringNextCommand.set(() -> fixture.upload(env.actantBucket(), key, "GE_XCME.ZN_20240115_103939.csv"));
        S3ListingPoller poller = poller(env, Duration.ofHours(1));
        int before = fixture.commands.get();

        poller.pollOnce();

        assertThat(fixture.read(env.actantBucket(), key))
                .isEqualTo(new String(S3SourceFixture.sample("GE_XCME.ZN_20240115_103939.csv"), UTF_8));
        poller.pollOnce();
        assertThat(fixture.commands.get() - before).isEqualTo(2);
        assertThat(fixture.exists(env.actantBucket(), key)).isFalse();
        assertThat(fixture.read(env.actantBucket(), "processed/" + key))
                .isEqualTo(new String(S3SourceFixture.sample("GE_XCME.ZN_20240115_103939.csv"), UTF_8));
    }

    @Test
    void aNewerUploadBetweenTheCopyAndTheDeleteIsNotDeleted() throws Exception {
        IngestProperties env = freshEnv(64 << 20);
        String key = DAY + "GE_XCME.ZN_20240115_112000.csv";
        fixture.upload(env.actantBucket(), key, "GE_XCME.ZN_20240115_103938.csv");
        S3Client racing = S3Racing.afterCopy(
                fixture.s3, () -> fixture.upload(env.actantBucket(), key, "GE_XCME.ZN_20240115_103939.csv"));
        S3Objects objects = new S3Objects(racing);
        S3ListingPoller poller = new S3ListingPoller(
                objects,
                fixture.drain(objects, env),
                new ListingCursor(fixture.jdbc),
                WatchedPrefix.all(env),
                new S3SourceProperties("s3", null, null, null, Duration.ofHours(1), null, null),
                Clock.systemUTC());

        poller.pollOnce();

        assertThat(fixture.read(env.actantBucket(), "processed/" + key))
                .isEqualTo(new String(S3SourceFixture.sample("GE_XCME.ZN_20240115_103938.csv"), UTF_8));
        assertThat(fixture.read(env.actantBucket(), key))
                .isEqualTo(new String(S3SourceFixture.sample("GE_XCME.ZN_20240115_103939.csv"), UTF_8));
    }

    @Test
    void aKeyDatedInTheFutureDoesNotMoveTheCursorPastTodaysFiles() throws Exception {
        IngestProperties env = freshEnv(64 << 20);
        S3ListingPoller poller = poller(env, Duration.ofHours(1));
        fixture.upload(env.actantBucket(), DAY + "GE_XCME.ZN_20240115_113000.csv", "GE_XCME.ZN_20240115_103938.csv");
        poller.pollOnce();
        fixture.upload(
                env.actantBucket(),
                "market-data/2099/01/01/GE_XCME.ZN_20990101_090000.csv",
                "GE_XCME.ZN_20240115_103939.csv");
        poller.pollOnce();
        String later = DAY + "GE_XCME.ZN_20240115_113100.csv";
        fixture.upload(env.actantBucket(), later, "GE_XCME.ZN_20240115_103939.csv");

        poller.pollOnce();

        assertThat(fixture.exists(env.actantBucket(), later)).isFalse();
        assertThat(new ListingCursor(fixture.jdbc).lastKey(new WatchedPrefix(env.actantBucket(), "market-data/")))
                .hasValueSatisfying(key -> assertThat(key).startsWith(DAY));
    }

    @Test
    void theReconcilerLeavesFilesYoungerThanItsMinimumAgeToTheirNotification() throws Exception {
        IngestProperties env = freshEnv(64 << 20);
        String key = DAY + "GE_XCME.ZN_20240115_114000.csv";
        fixture.upload(env.actantBucket(), key, "GE_XCME.ZN_20240115_103938.csv");
        S3Objects objects = new S3Objects(fixture.s3);
        S3ListingPoller reconciler = new S3ListingPoller(
                objects,
                fixture.drain(objects, env),
                new ListingCursor(fixture.jdbc),
                WatchedPrefix.all(env),
                new S3ListingPoller.Schedule("test", Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(1)),
                Clock.systemUTC());

        assertThat(reconciler.pollOnce()).isZero();
        assertThat(fixture.exists(env.actantBucket(), key)).isTrue();
    }

    @Test
    void aTransientFailureLeavesTheFileForALaterPass() throws Exception {
        IngestProperties env = freshEnv(64 << 20);
        String quote = DAY + "GE_XCME.ZN_20240115_110000.csv";
        fixture.upload(env.actantBucket(), quote, "GE_XCME.ZN_20240115_103938.csv");
        S3ListingPoller poller = poller(env, Duration.ofHours(1));
        fixture.failNext.set(1);

        poller.pollOnce();

        assertThat(fixture.exists(env.actantBucket(), quote)).isTrue();
        assertThat(new ListingCursor(fixture.jdbc).lastKey(new WatchedPrefix(env.actantBucket(), "market-data/")))
                .isEmpty();
        // After its backoff (1 s) a later pass takes it.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    poller.pollOnce();
                    return fixture.exists(env.actantBucket(), "processed/" + quote);
                });
        assertThat(fixture.exists(env.actantBucket(), quote)).isFalse();
    }
}
