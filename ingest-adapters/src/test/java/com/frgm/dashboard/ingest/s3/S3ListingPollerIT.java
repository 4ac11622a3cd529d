package com.frgm.dashboard.ingest.s3;

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
        return new S3ListingPoller(new S3Objects(fixture.s3), fixture.ingestor(properties),
                new ListingCursor(fixture.jdbc), WatchedPrefix.all(properties),
                new S3SourceProperties("s3", null, null, null, fullScanEvery), Clock.systemUTC());
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
                .contains("\"key\" : \"" + bad + "\"").contains("\"line\" : 2").contains("above ask");
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
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            poller.pollOnce();
            return fixture.exists(env.actantBucket(), "processed/" + quote);
        });
        assertThat(fixture.exists(env.actantBucket(), quote)).isFalse();
    }
}
