package com.frgm.dashboard.ingest.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.orders.SnapshotGenerator.Snapshot;
import com.frgm.dashboard.ingest.testsupport.PropertyCases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Any valid snapshot, however its writer laid it out, parses to exactly its orders. */
class WorkingOrderPropertyTest {

    private static final long SEED = 0x5454_4F52_0000_0000L;

    @TestFactory
    Stream<DynamicTest> validSnapshotsRoundTrip() {
        return PropertyCases.cases(SEED, 500, random -> {
            Snapshot snapshot = SnapshotGenerator.snapshot(random);
            ParsedFile<WorkingOrder> parsed = new WorkingOrderJsonParser()
                    .parse(new ByteArrayInputStream(snapshot.json().getBytes(StandardCharsets.UTF_8)));

            assertThat(parsed.problems()).as(snapshot.json()).isEmpty();
            assertThat(parsed.rows()).isEqualTo(snapshot.orders());
        });
    }
}
