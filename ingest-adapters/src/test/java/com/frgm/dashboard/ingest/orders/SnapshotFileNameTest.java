package com.frgm.dashboard.ingest.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotFileNameTest {

    @Test
    void takesTheSnapshotTimeFromTheEpochSeconds() {
        assertThat(SnapshotFileName.parse("working-orders/2024/01/15/orders_snapshot_1705315178.json")
                        .snapshotTime())
                .isEqualTo(Instant.parse("2024-01-15T10:39:38Z"));
        assertThat(SnapshotFileName.parse("working-orders/2024/01/15/orders_snapshot_1705363199.json")
                        .snapshotTime())
                .isEqualTo(Instant.parse("2024-01-15T23:59:59Z"));
    }

    @Test
    void checksTheFoldersAgainstTheDayInTheConfiguredZone() {
        String key = "working-orders/2024/01/14/orders_snapshot_1705287600.json";

        assertThat(SnapshotFileName.parse(key, ZoneId.of("America/Chicago")).snapshotTime())
                .isEqualTo(Instant.ofEpochSecond(1705287600));
        assertThatThrownBy(() -> SnapshotFileName.parse(key)).hasMessageContaining("2024-01-15 in Z");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "working-orders/2024/01/16/orders_snapshot_1705315178.json | file name `orders_snapshot_1705315178.json` is the snapshot time 2024-01-15T10:39:38Z (2024-01-15 in Z) but lies in folder 2024/01/16",
                "working-orders/2024/01/15/orders_snapshot_.json | file name `orders_snapshot_.json` does not match orders_snapshot_{epochSeconds}.json",
                "working-orders/2024/01/15/orders_snapshot_1705315178.5.json | file name `orders_snapshot_1705315178.5.json` does not match orders_snapshot_{epochSeconds}.json",
                "working-orders/2024/01/15/orders_snapshot_1705315178000000.json | file name `orders_snapshot_1705315178000000.json` does not match orders_snapshot_{epochSeconds}.json",
                "working-orders/2024/01/15/orders_1705315178.json | file name `orders_1705315178.json` does not match orders_snapshot_{epochSeconds}.json",
                "working-orders/orders_snapshot_1705315178.json | key `working-orders/orders_snapshot_1705315178.json` does not match working-orders/YYYY/MM/DD/orders_snapshot_{epochSeconds}.json",
                "working-orders/2024/13/15/orders_snapshot_1705315178.json | key `working-orders/2024/13/15/orders_snapshot_1705315178.json`: folders 2024/13/15 are not a valid date",
            })
    void rejectsAKeyThatDoesNotFollowTheLayout(String key, String reason) {
        assertThatThrownBy(() -> SnapshotFileName.parse(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }
}
