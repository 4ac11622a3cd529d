package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.app.FrgmApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the application while files stream in, then a restart: every file ends in
 * processed/ with its events stored exactly once; none is lost or counted twice.
 */
class CrashRecoveryIT {

    private static final int FILES = 40;
    private static final int ROWS = 20;

    @TempDir
    Path dataDir;

    @Test
    void killDuringIngestLosesAndDuplicatesNothing() throws Exception {
        Path inbox = dataDir.resolve("inbox").resolve(RunningApp.BUCKET);
        List<String> keys = new ArrayList<>();
        Process victim = startChildJvm();
        try {
            for (int i = 0; i < FILES; i++) {
                keys.add(write(inbox, i));
                if (i == FILES / 2) {
                    // Kill while files keep coming, once the first ones are through.
                    await().atMost(Duration.ofSeconds(90)).until(() -> countFiles(inbox.resolve("processed")) >= 5);
                    victim.destroyForcibly().waitFor();
                }
            }
        } finally {
            victim.destroyForcibly().waitFor();
        }
        long processedBeforeRestart = countFiles(inbox.resolve("processed"));
        assertThat(processedBeforeRestart).isBetween(5L, (long) FILES - 1);

        try (RunningApp restarted = RunningApp.start(dataDir)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> countFiles(inbox.resolve("processed")) == FILES);
            assertThat(countFiles(inbox.resolve("rejected"))).isZero();
            assertThat(restarted.jdbc.queryForList(
                            "SELECT file_key FROM ingested_file ORDER BY file_key", String.class))
                    .containsExactlyElementsOf(keys);
            assertThat(restarted.jdbc.queryForObject("""
                    SELECT count(*) FROM domain_event_entry
                    WHERE payload_type = 'com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent'""", Long.class)).isEqualTo(FILES);
            // Every row of every file moved the market, so each file stored ROWS quotes, once.
            assertThat(restarted.eventCount()).isEqualTo((long) FILES * (ROWS + 1));
        }
    }

    private Process startChildJvm() throws IOException {
        Path log = dataDir.resolve("victim.log");
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Daxoniq.update-checker.disabled=true",
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FrgmApplication.class.getName(),
                        "--frgm.data-dir=" + dataDir,
                        "--server.port=0",
                        "--frgm.demo.enabled=false",
                        "--frgm.ingest.poll-interval=10ms",
                        "--frgm.ingest.settle-time=10ms")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** File i: every instrument's prices i ticks up, so each of its rows is a change. */
    private static String write(Path inbox, int i) throws IOException {
        Instant time = Instant.parse("2024-02-01T09:00:00Z").plusSeconds(i);
        String name = "GE_XCME.ZN_20240201_09" + String.format("%02d%02d", i / 60, i % 60) + ".csv";
        String key = "market-data/2024/02/01/" + name;
        StringBuilder csv = new StringBuilder("instrument,timestamp,bid,ask,price,volume\n");
        for (int row = 0; row < ROWS; row++) {
            int bid = 1000 + i + row;
            csv.append("ZNH24 C")
                    .append(100 + row)
                    .append(',')
                    .append(time)
                    .append(',')
                    .append(bid)
                    .append(".5,")
                    .append(bid + 1)
                    .append(",")
                    .append(bid)
                    .append(",")
                    .append(i)
                    .append('\n');
        }
        Path target = inbox.resolve(key);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + name + ".tmp");
        Files.writeString(tmp, csv);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    private static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".csv"))
                    .count();
        }
    }
}
