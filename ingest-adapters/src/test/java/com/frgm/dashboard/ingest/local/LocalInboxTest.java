package com.frgm.dashboard.ingest.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.ingest.pipeline.FeedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file taken at once (renamed into place) never overtakes an earlier file of its feed kind's
 * folder that still settles: the earlier would be applied after it, and a TT snapshot then counted
 * as stale. A PipelineFuzzIT run found it, when a rename's two watch events came apart.
 */
class LocalInboxTest {

    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final String EARLIER = "market-data/2026/12/02/GE_XCME.ZN_20261202_101500.csv";
    private static final String LATER = "market-data/2026/12/02/GE_XCME.ZN_20261202_101501.csv";
    private static final String OTHER_KIND = "sod/2026/12/02/actant_sod_20261202.csv";

    @TempDir
    Path root;

    @Test
    void aCompleteFileWaitsBehindAnEarlierOneStillSettlingInItsFolder() throws Exception {
        Path bucket = root.resolve("frgm-actant-dev");
        write(bucket, EARLIER);
        Path later = write(bucket, LATER);
        Path otherKind = write(bucket, OTHER_KIND);
        LocalInbox inbox = new LocalInbox(root);
        Instant now = Instant.now();

        assertThat(inbox.readyFiles(now, SETTLE, file -> file.equals(later) || file.equals(otherKind)))
                .extracting(FeedFile::key)
                .containsExactly(OTHER_KIND);
        assertThat(inbox.readyFiles(now.plus(SETTLE).plusSeconds(1), SETTLE, file -> false))
                .extracting(FeedFile::key)
                .containsExactly(EARLIER, LATER, OTHER_KIND);
    }

    @Test
    void completeFilesAfterSettledOnesAreTakenTogetherInKeyOrder() throws Exception {
        Path bucket = root.resolve("frgm-actant-dev");
        write(bucket, EARLIER);
        Path later = write(bucket, LATER);
        LocalInbox inbox = new LocalInbox(root);

        assertThat(inbox.readyFiles(Instant.now().plus(SETTLE), SETTLE.dividedBy(2), later::equals))
                .extracting(FeedFile::key)
                .containsExactly(EARLIER, LATER);
    }

    private static Path write(Path bucket, String key) throws Exception {
        Path file = bucket.resolve(key);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "instrument\n");
    }
}
