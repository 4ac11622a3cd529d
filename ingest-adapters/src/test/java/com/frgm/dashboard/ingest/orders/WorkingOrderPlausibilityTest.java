package com.frgm.dashboard.ingest.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.PreparedFile;
import com.frgm.dashboard.ingest.testsupport.FixedPlausibility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A snapshot whose time (the file name's epoch seconds) lies in the future is rejected: the book
 * would treat every real snapshot after it as stale. "Now" is 2024-01-15T10:40:00Z = 1705315200.
 */
class WorkingOrderPlausibilityTest {

    private final WorkingOrderFeedKind kind = new WorkingOrderFeedKind(
            new IngestProperties(null, null, null, null, null, null, null, null),
            FixedPlausibility.at("2024-01-15T10:40:00Z"));

    @Test
    void acceptsASnapshotUpToFiveMinutesAhead() {
        assertThat(prepare("working-orders/2024/01/15/orders_snapshot_1705315500.json")
                        .isAccepted())
                .isTrue();
    }

    @Test
    void rejectsASnapshotBeyondTheWindowNamingTheFileName() {
        PreparedFile prepared = prepare("working-orders/2024/01/15/orders_snapshot_1705315501.json");

        assertThat(prepared.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo("orders_snapshot_1705315501.json");
            assertThat(problem.reason()).startsWith("snapshot time 2024-01-15T10:45:01Z lies in the future");
        });
    }

    @Test
    void rejectsASnapshotFrom2099FiledUnderItsOwnDay() {
        assertThat(prepare("working-orders/2099/01/15/orders_snapshot_4072118400.json")
                        .problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason())
                        .startsWith("snapshot time 2099-01-15T00:00:00Z lies in the future"));
    }

    private PreparedFile prepare(String key) {
        return kind.prepare(
                new FeedFile("frgm-tt-dev", key, 2, InputStream::nullInputStream),
                new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)),
                "sha");
    }
}
