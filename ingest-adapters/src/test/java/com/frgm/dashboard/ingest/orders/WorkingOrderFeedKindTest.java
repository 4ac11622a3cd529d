package com.frgm.dashboard.ingest.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.ApplyWorkingOrderSnapshotCommand;
import com.frgm.dashboard.api.orders.WorkingOrderBookIds;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.PreparedFile;
import com.frgm.dashboard.ingest.testsupport.FixedPlausibility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingOrderFeedKindTest {

    private static final String KEY = "working-orders/2024/01/15/orders_snapshot_1705315178.json";
    private static final Plausibility NOW = FixedPlausibility.at("2024-01-15T10:40:00Z");
    private final WorkingOrderFeedKind kind =
            new WorkingOrderFeedKind(new IngestProperties(null, null, null, null, null, null, null, null), NOW);

    @Test
    void handlesWorkingOrderKeysInTheTtBucketOnly() {
        assertThat(kind.name()).isEqualTo("tt-orders");
        assertThat(kind.handles("frgm-tt-dev", KEY)).isTrue();
        assertThat(kind.handles("frgm-actant-dev", KEY)).isFalse();
        assertThat(kind.handles("frgm-tt-dev", "rejected/" + KEY)).isFalse();
    }

    @Test
    void turnsASnapshotIntoOneCommandAtTheFileNamesTime() {
        PreparedFile prepared = kind.prepare(file(KEY), content("[]"), "sha");

        assertThat(prepared.command())
                .isEqualTo(new ApplyWorkingOrderSnapshotCommand(
                        WorkingOrderBookIds.TT,
                        KEY,
                        "sha",
                        Instant.parse("2024-01-15T10:39:38Z"),
                        List.of(),
                        ZoneId.of("UTC")));
    }

    @Test
    void rejectsAKeyWhoseFolderIsAnotherDay() {
        String key = KEY.replace("/15/", "/16/");
        PreparedFile prepared = kind.prepare(file(key), content("[]"), "sha");

        assertThat(prepared.problems())
                .singleElement()
                .extracting(FileProblem::line)
                .isNull();
        assertThat(prepared.problems().get(0).reason()).contains("but lies in folder 2024/01/16");
    }

    @Test
    void rejectsBadContentWithItsProblems() {
        assertThat(kind.prepare(file(KEY), content("{}"), "sha").problems())
                .extracting(FileProblem::reason)
                .containsExactly("the object has no `orders` array");
    }

    private static FeedFile file(String key) {
        return new FeedFile("frgm-tt-dev", key, 0, InputStream::nullInputStream);
    }

    private static InputStream content(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
