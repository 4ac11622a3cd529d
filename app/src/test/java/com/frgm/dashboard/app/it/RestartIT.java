package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping and starting again keeps the event store, the ladder and the inbox position. */
class RestartIT {

    private static final String KEY = "market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv";

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsEventsLadderAndInboxPosition() throws Exception {
        long events;
        String ladder;
        try (RunningApp first = RunningApp.start(dataDir)) {
            first.drop("market-data/GE_XCME.ZN_20240115_103938.csv", KEY);
            await().atMost(Duration.ofSeconds(10)).until(() -> first.redis().get("ladder:ZNH24") != null);
            events = first.eventCount();
            ladder = first.redis().get("ladder:ZNH24");
        }

        try (RunningApp second = RunningApp.start(dataDir)) {
            assertThat(second.eventCount()).isEqualTo(events);
            assertThat(second.redis().get("ladder:ZNH24")).isEqualTo(ladder);
            assertThat(Files.exists(second.processed(KEY))).isTrue();
            // A re-drop of the processed file is recognised by its content, after the restart too.
            second.drop("market-data/GE_XCME.ZN_20240115_103938.csv", KEY);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !Files.exists(second.inbox().resolve(KEY)));
            assertThat(second.eventCount()).isEqualTo(events);
        }
    }
}
