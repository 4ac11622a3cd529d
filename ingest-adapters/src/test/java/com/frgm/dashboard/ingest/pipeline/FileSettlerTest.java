package com.frgm.dashboard.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.ingest.file.FileProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule for every source: what each outcome does to the file. */
class FileSettlerTest {

    private static final FeedFile FILE = new FeedFile(
            "frgm-actant-dev", "market-data/2024/01/15/x.csv", 3, () -> new java.io.ByteArrayInputStream(new byte[3]));

    private final List<String> moves = new ArrayList<>();
    private final FileSettler settler =
            new FileSettler(Clock.fixed(Instant.parse("2024-01-15T10:40:00Z"), ZoneOffset.UTC));

    private final FileMover mover = new FileMover() {
        @Override
        public void moveToProcessed(FeedFile file, String contentSha256) {
            moves.add("processed " + file.key() + " " + contentSha256);
        }

        @Override
        public void moveToRejected(FeedFile file, byte[] reportJson) {
            moves.add("rejected " + file.key() + " " + new String(reportJson, StandardCharsets.UTF_8));
        }
    };

    @Test
    void acceptedAndDuplicateFilesGoToProcessed() throws IOException {
        assertThat(settler.settle(FILE, new IngestOutcome.Accepted("aa", 3), mover))
                .isTrue();
        assertThat(settler.settle(FILE, new IngestOutcome.Duplicate("bb", "first"), mover))
                .isTrue();

        assertThat(moves)
                .containsExactly(
                        "processed market-data/2024/01/15/x.csv aa", "processed market-data/2024/01/15/x.csv bb");
    }

    @Test
    void aRejectedFileGoesToRejectedWithTheReport() throws IOException {
        var rejected = new IngestOutcome.Rejected("cc", List.of(FileProblem.ofFile("no header")));

        assertThat(settler.settle(FILE, rejected, mover)).isTrue();

        assertThat(moves)
                .singleElement()
                .asString()
                .startsWith("rejected market-data/2024/01/15/x.csv")
                .contains("\"rejectedAt\" : \"2024-01-15T10:40:00Z\"")
                .contains("no header");
    }

    @Test
    void unsupportedAndRetryLeaveTheFileWhereItIs() throws IOException {
        assertThat(settler.settle(FILE, new IngestOutcome.Unsupported(), mover)).isFalse();
        assertThat(settler.settle(FILE, new IngestOutcome.Retry(new IOException("down")), mover))
                .isFalse();

        assertThat(moves).isEmpty();
    }

    @Test
    void aFailedMoveIsTheCallersToRetry() {
        FileMover broken = new FileMover() {
            @Override
            public void moveToProcessed(FeedFile file, String contentSha256) throws IOException {
                throw new IOException("bucket unreachable");
            }

            @Override
            public void moveToRejected(FeedFile file, byte[] reportJson) throws IOException {
                throw new IOException("bucket unreachable");
            }
        };

        assertThatThrownBy(() -> settler.settle(FILE, new IngestOutcome.Accepted("aa", 1), broken))
                .isInstanceOf(IOException.class);
    }
}
