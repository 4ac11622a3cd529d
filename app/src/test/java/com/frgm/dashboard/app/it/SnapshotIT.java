package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feed snapshots are taken on a thread of their own, not on the thread that committed the file,
 * and a restarted node loads the feed from its snapshot and goes on from there.
 */
class SnapshotIT {

    private static final String FIRST = "market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv";
    private static final String SECOND = "market-data/2024/01/15/GE_XCME.ZN_20240115_103939.csv";
    private static final String THIRD = "market-data/2024/01/15/GE_XCME.ZN_20240115_103940.csv";

    @TempDir
    Path dataDir;

    @Test
    void snapshotsAreTakenOffTheIngestThreadAndLoadedAfterARestart() throws Exception {
        try (RunningApp first = RunningApp.start(dataDir, "--frgm.command.market-data.snapshot-every=5")) {
            // A feed's first file creates it; the trigger counts the events of the loads after that.
            first.drop("market-data/GE_XCME.ZN_20240115_103938.csv", FIRST);
            await().atMost(Duration.ofSeconds(20)).until(() -> first.eventCount() > 0);
            first.drop("market-data/GE_XCME.ZN_20240115_103939.csv", SECOND);
            await().atMost(Duration.ofSeconds(20)).until(() -> snapshots(first) > 0);
            assertThat(Thread.getAllStackTraces().keySet())
                    .extracting(Thread::getName)
                    .contains("aggregate-snapshotter");
        }

        try (RunningApp second = RunningApp.start(dataDir, "--frgm.command.market-data.snapshot-every=5")) {
            long events = second.eventCount();
            second.drop("history/GE_XCME.ZN_20240115_103940.csv", THIRD);
            await().atMost(Duration.ofSeconds(20)).until(() -> second.eventCount() > events);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> second.redis().get("ladder:ZNH24") != null
                            && second.redis().get("ladder:ZNH24").contains("\"quoteTime\":\"2024-01-15T10:39:40"));
        }
    }

    private static long snapshots(RunningApp app) {
        return app.jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry", Long.class);
    }
}
