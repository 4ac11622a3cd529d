package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.ingest.testsupport.S3MockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a backlog of every feed kind uploaded at once with the aws CLI
 * ({@code aws s3 cp --recursive}, as a feed server flushing its queue) is drained by the listing
 * source with its work overlapped: each file ingested exactly once, each of the five feeds'
 * files committed in key order, and Redis ends exactly as after uploading the same files one
 * by one, each only once the one before it was ingested.
 */
class S3BurstIngestIT {

    private static final Duration DRAINED = Duration.ofSeconds(60);
    private static final Pattern EVENT_SEQUENCE = Pattern.compile(",?\"eventSequence\":\\d+");

    @Test
    void aBurstUploadedWithTheAwsCliEndsAsTheSameFilesUploadedOneByOne(
            @TempDir Path burstDir, @TempDir Path slowDir, @TempDir Path work) throws Exception {
        boolean required = "1".equals(System.getenv("CI_REQUIRE_AWS_CLI"));
        if (!S3Samples.awsCliAvailable()) {
            assertThat(required)
                    .as("CI_REQUIRE_AWS_CLI=1 but no aws CLI on PATH")
                    .isFalse();
            Assumptions.abort("no aws CLI on PATH (apt-get install awscli); CI requires it");
        }
        Map<String, Object> afterBurst = burst(burstDir, work);
        Map<String, Object> oneByOne = oneByOne(slowDir);

        assertThat(afterBurst).isEqualTo(oneByOne);
    }

    /**
     * The burst lands while no ingest node runs (one restarting, say), so the first listing pass
     * finds all of it and each feed's files must be committed in key order. (Files uploaded while
     * a pass runs are found by the next one, in the order they arrived.)
     */
    private static Map<String, Object> burst(Path dataDir, Path work) throws Exception {
        try (S3Samples s3 = new S3Samples("burst")) {
            List<BurstFiles> files = BurstFiles.all(s3.actantBucket, s3.ttBucket);
            Path actant = BurstFiles.writeTree(files, s3.actantBucket, Files.createDirectory(work.resolve("actant")));
            Path tt = BurstFiles.writeTree(files, s3.ttBucket, Files.createDirectory(work.resolve("tt")));
            s3.uploadDirectoryWithAwsCli(actant, s3.actantBucket);
            s3.uploadDirectoryWithAwsCli(tt, s3.ttBucket);

            try (RunningApp app = RunningApp.startWithS3(
                    dataDir, "burst", S3MockServer.shared().endpoint(), null, null)) {
                await().atMost(DRAINED)
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> files.stream().allMatch(f -> s3.movedTo("processed", f.bucket(), f.key())));
                assertIngestedOnceInKeyOrder(app, files);
                return settledRedis(app);
            }
        }
    }

    private static Map<String, Object> oneByOne(Path dataDir) throws Exception {
        try (S3Samples s3 = new S3Samples("slow");
                RunningApp app = RunningApp.startWithS3(
                        dataDir, "slow", S3MockServer.shared().endpoint(), null, null)) {
            List<BurstFiles> files = BurstFiles.all(s3.actantBucket, s3.ttBucket);
            for (BurstFiles file :
                    files.stream().sorted(Comparator.comparing(BurstFiles::key)).toList()) {
                s3.uploadText(file.bucket(), file.key(), file.content());
                await().atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> s3.movedTo("processed", file.bucket(), file.key()));
            }
            assertIngestedOnceInKeyOrder(app, files);
            return settledRedis(app);
        }
    }

    /** Every file has one registry row, and within each feed the commits follow the keys. */
    private static void assertIngestedOnceInKeyOrder(RunningApp app, List<BurstFiles> files) {
        List<Map<String, Object>> rows = app.jdbc.queryForList(
                "SELECT file_key, feed_kind, feed_id FROM ingested_file ORDER BY ingested_at, file_key");
        assertThat(rows)
                .extracting(row -> row.get("file_key"))
                .containsExactlyInAnyOrderElementsOf(
                        files.stream().map(BurstFiles::key).toList());
        Map<String, List<String>> committed = new LinkedHashMap<>();
        rows.forEach(row -> committed
                .computeIfAbsent(row.get("feed_kind") + "/" + row.get("feed_id"), feed -> new ArrayList<>())
                .add((String) row.get("file_key")));
        assertThat(committed).hasSize(5);
        committed.forEach(
                (feed, keys) -> assertThat(keys).as("commit order of " + feed).isSorted());
        assertThat(app.jdbc.queryForObject("SELECT count(*) FROM rejected_file", Long.class))
                .isZero();
    }

    /**
     * Redis once the projections have caught up, without what differs between two runs of the
     * same files by design: the global event indexes ({@code seq:*}, {@code *:sequence} and the
     * views' {@code eventSequence}: the two runs interleave the feeds differently), the flush
     * watch's {@code projection:marker} (the live position as of its last pass, every few seconds)
     * and the risk monitor's clock-driven P&amp;L samples.
     */
    private static Map<String, Object> settledRedis(RunningApp app) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> stable(app));
        return RedisDump.withoutPnlSamples(RedisDump.of(app.redis())).entrySet().stream()
                .filter(e -> !e.getKey().startsWith("seq:")
                        && !e.getKey().endsWith(":sequence")
                        && !e.getKey().equals("projection:marker"))
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue() instanceof String json
                                ? EVENT_SEQUENCE.matcher(json).replaceAll("")
                                : e.getValue(),
                        (a, b) -> a,
                        TreeMap::new));
    }

    /** The same dump twice, half a second apart: no projection is still writing. */
    private static boolean stable(RunningApp app) throws InterruptedException {
        Map<String, Object> first = RedisDump.withoutPnlSamples(RedisDump.of(app.redis()));
        Thread.sleep(500);
        return first.equals(RedisDump.withoutPnlSamples(RedisDump.of(app.redis())));
    }
}
