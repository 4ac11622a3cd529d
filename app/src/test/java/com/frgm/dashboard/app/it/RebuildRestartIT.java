package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import com.frgm.dashboard.query.rebuild.ProjectionRebuilds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart in the middle of a rebuild never leaves a half-built version serving (ADR 0024): a node
 * stopping mid-rebuild deletes the new version's keys, and what a killed one left behind is deleted
 * at the next start, the live read models untouched both times.
 */
class RebuildRestartIT {

    private static final Pattern READ_MODELS =
            Pattern.compile("(seq:\\{)?(actant:market:|ladder:|last_update:|tt:orders:|positions:)");

    @TempDir
    Path dataDir;

    @Test
    void aRebuildInterruptedByAStopIsAbandonedCleanly() throws Exception {
        Map<String, Object> live;
        try (RunningApp app = RunningApp.start(dataDir, "--frgm.rebuild.batch-size=5")) {
            FileIngestor ingestor = app.context.getBean(FileIngestor.class);
            for (int i = 0; i < 300; i++) {
                ingest(ingestor, i);
            }
            ProjectionRebuilds rebuilds = app.context.getBean(ProjectionRebuilds.class);
            long head = app.jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> rebuilds.view("ladder").livePosition() >= head);
            live = readModels(app);
            rebuilds.start("ladder");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !app.redis().keys("rebuild:ladder:*").isEmpty());
        }
        try (RunningApp app = RunningApp.start(dataDir)) {
            assertThat(app.redis().keys("rebuild:*")).isEmpty();
            assertThat(readModels(app)).isEqualTo(live);
            // What a killed node leaves: a half-built version and no lock (it lapsed).
            app.redis().set("rebuild:ladder:v2:{ladder:ZNH24}", "{\"eventSequence\":1}");
            app.redis().set("rebuild:ladder:v2:seq:{ladder:ZNH24}", "1");
        }
        try (RunningApp app = RunningApp.start(dataDir)) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> app.redis().keys("rebuild:*").isEmpty());
            assertThat(readModels(app)).isEqualTo(live);
        }
    }

    /** The keys of the read models a rebuild touches (the others follow processors of their own). */
    private static Map<String, Object> readModels(RunningApp app) {
        Map<String, Object> dump = RedisDump.of(app.redis());
        dump.keySet().removeIf(key -> !READ_MODELS.matcher(key).lookingAt());
        return dump;
    }

    private static void ingest(FileIngestor ingestor, int i) {
        Instant time = Instant.parse("2024-03-01T09:00:00Z").plusSeconds(i);
        String name = String.format("GE_XCME.ZN_20240301_09%02d%02d.csv", i / 60, i % 60);
        byte[] csv = ("instrument,timestamp,bid,ask,price\nZNH24," + time + "," + (100 + i) + ",1000," + (100 + i)
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
        FeedFile file = new FeedFile(
                RunningApp.BUCKET, "market-data/2024/03/01/" + name, csv.length, () -> new ByteArrayInputStream(csv));
        assertThat(ingestor.ingest(file)).isInstanceOf(IngestOutcome.Accepted.class);
    }
}
