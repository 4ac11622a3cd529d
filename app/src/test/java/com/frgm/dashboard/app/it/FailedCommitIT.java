package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose transaction fails at COMMIT, after its command ran against the cached feed
 * aggregate, is retried and stores exactly the events a clean run stores. The failure is the
 * database's own: a deferred constraint trigger raises at commit time, once.
 */
class FailedCommitIT {

    private static final String FIRST = "market-data/GE_XCME.ZN_20240115_103938.csv";
    private static final String SECOND = "market-data/GE_XCME.ZN_20240115_103939.csv";
    private static final String DIR = "market-data/2024/01/15/";

    @TempDir
    Path dataDir;

    @Test
    void retriedFileAfterAFailedCommitStoresWhatACleanRunStores() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            // The same two files through two feeds: GE_XCME.ZN gets a failing commit, XX_XCME.ZN does not.
            // The clean feed's copies end in CRLF so that their content (their identity) differs.
            for (String feed : new String[] {"GE_XCME.ZN", "XX_XCME.ZN"}) {
                String content = RunningApp.sample(FIRST);
                app.dropText(DIR + feed + "_20240115_103938.csv", feed.startsWith("XX") ? crlf(content) : content);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> processed(app, "_20240115_103938.csv") == 2);

            failNextCommitOnce(app, "NEW.feed_id = 'GE_XCME.ZN'");

            for (String feed : new String[] {"GE_XCME.ZN", "XX_XCME.ZN"}) {
                String content = RunningApp.sample(SECOND);
                app.dropText(DIR + feed + "_20240115_103939.csv", feed.startsWith("XX") ? crlf(content) : content);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> processed(app, "_20240115_103939.csv") == 2);

            assertThat(app.jdbc.queryForObject("SELECT last_value FROM injected_commit_failures", Long.class))
                    .as("the commit failed once, then the retry committed")
                    .isGreaterThanOrEqualTo(2);
            long clean = quoteEventsOf(app, DIR + "XX_XCME.ZN_20240115_103939.csv");
            assertThat(clean)
                    .as("the clean feed's second file changed every row")
                    .isEqualTo(3);
            assertThat(quoteEventsOf(app, DIR + "GE_XCME.ZN_20240115_103939.csv"))
                    .isEqualTo(clean);
            assertThat(app.jdbc.queryForObject(
                            "SELECT count(*) FROM ingested_file WHERE file_key LIKE '%_20240115_103939.csv'",
                            Long.class))
                    .isEqualTo(2);
        }
    }

    @Test
    void aTtSnapshotWhoseCommitFailedIsComparedWithTheBookAsStoredNotAsCached() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            ttSnapshot(app, 1705482000L, 4);
            assertThat(app.eventsOfType(OrderFilledEvent.class)).isEqualTo(1);

            failNextCommitOnce(app, "NEW.file_key LIKE 'working-orders/%'");

            // The failed commit ran the command against the cached book, which saw the fill of 2 more;
            // the retry must see the book as stored, or that fill would be lost.
            ttSnapshot(app, 1705482030L, 6);
            assertThat(app.jdbc.queryForObject("SELECT last_value FROM injected_commit_failures", Long.class))
                    .as("the commit failed once, then the retry committed")
                    .isGreaterThanOrEqualTo(2);
            assertThat(app.eventsOfType(OrderFilledEvent.class)).isEqualTo(2);
        }
    }

    /**
     * The database's own failure at COMMIT, once, for the first file registered that matches
     * {@code condition}: a deferred constraint trigger on the file registry raises.
     */
    private static void failNextCommitOnce(RunningApp app, String condition) {
        app.jdbc.execute("CREATE SEQUENCE injected_commit_failures");
        app.jdbc.execute("""
                CREATE FUNCTION fail_commit_once() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- A sequence is not transactional: the count survives the rollback it causes.
                    IF %s AND nextval('injected_commit_failures') = 1 THEN
                        RAISE EXCEPTION 'injected failure at commit of %%', NEW.file_key;
                    END IF;
                    RETURN NULL;
                END $$""".formatted(condition));
        app.jdbc.execute("""
                CREATE CONSTRAINT TRIGGER fail_commit_once AFTER INSERT ON ingested_file
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_commit_once()""");
    }

    private static void ttSnapshot(RunningApp app, long at, long filled) throws Exception {
        String key = "working-orders/2024/01/17/orders_snapshot_" + at + ".json";
        app.dropText(RunningApp.TT_BUCKET, key, """
                [{"order_id": "990001", "account": "FRGM09", "instrument": "ZNM24", "side": "BUY",
                  "price": 111.5, "qty": 10, "filled_qty": %d, "status": "WORKING"}]""".formatted(filled));
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(app.processed(RunningApp.TT_BUCKET, key)));
    }

    @Test
    void aClaimLostToAnotherNodeLeavesTheFeedAsTheStoreHasIt() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            app.dropText(DIR + "GE_XCME.ZN_20240115_103938.csv", RunningApp.sample(FIRST));
            await().atMost(Duration.ofSeconds(20)).until(() -> processed(app, "_20240115_103938.csv") == 1);

            // "Another node" holds an uncommitted claim on the second file; ours waits for it, then loses.
            String second = RunningApp.sample(SECOND);
            String key = DIR + "GE_XCME.ZN_20240115_103939.csv";
            try (Connection other = app.context.getBean(DataSource.class).getConnection()) {
                other.setAutoCommit(false);
                try (PreparedStatement claim = other.prepareStatement("""
                        INSERT INTO ingested_file (identity, content_sha256, bucket, file_key, event_count)
                        VALUES (?, ?, ?, ?, 0)""")) {
                    String sha = sha256(second);
                    claim.setString(1, sha);
                    claim.setString(2, sha);
                    claim.setString(3, RunningApp.BUCKET);
                    claim.setString(4, "elsewhere/" + key);
                    claim.executeUpdate();
                }
                app.dropText(key, second);
                await().atMost(Duration.ofSeconds(20)).until(() -> waitingForLock(app));
                other.commit();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> processed(app, "_20240115_103939.csv") == 1);
            assertThat(quoteEventsOf(app, key)).as("our copy was rolled back").isZero();

            // The same market one second later: against what the store holds (the first file), every row changed.
            String third = second.replace("T10:39:39", "T10:39:40");
            String thirdKey = DIR + "GE_XCME.ZN_20240115_103940.csv";
            app.dropText(thirdKey, third);
            await().atMost(Duration.ofSeconds(20)).until(() -> processed(app, "_20240115_103940.csv") == 1);
            assertThat(quoteEventsOf(app, thirdKey)).isEqualTo(3);
        }
    }

    private static boolean waitingForLock(RunningApp app) {
        return app.jdbc.queryForObject("""
                SELECT count(*) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO ingested_file%'""", Long.class) > 0;
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static long processed(RunningApp app, String suffix) throws Exception {
        Path dir = app.processed(DIR);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .count();
        }
    }

    private static long quoteEventsOf(RunningApp app, String fileKey) {
        return app.jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'fileKey' = ?""", Long.class, QuoteUpdatedEvent.class.getName(), fileKey);
    }

    private static String crlf(String content) {
        return content.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
