package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every malformed sample is rejected whole, with a report naming its problem, and adds nothing
 * but the one event that records the rejection.
 */
class MalformedFileIT {

    @TempDir
    static Path dataDir;

    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "crossed-quote.csv              | 104001 | \"line\" : 2 | bid 112.53125 above ask 112.5",
                "not-a-number.csv               | 104002 | \"column\" : \"bid_size\" | `25O` is not an integer",
                "missing-instrument-column.csv  | 104003 | \"line\" : 1 | required column `instrument` is missing",
                "truncated.csv                  | 104004 | \"line\" : 3 | unterminated",
                "duplicate-instrument.csv       | 104005 | \"line\" : 3 | instrument ZNH24 already appeared on line 2"
            })
    void rejectsWithAReportAndAddsNoEvent(String sample, String time, String where, String reason) throws Exception {
        String key = "market-data/2024/01/15/GE_XCME.ZN_20240115_" + time + ".csv";
        long before = app.eventCount();
        long rejections = app.rejectedFileEvents();

        app.drop("malformed/" + sample, key);

        Path report = app.rejected(key + ".error.json");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.rejected(key)));
        assertThat(report).exists();
        assertThat(Files.readString(report)).contains(where).contains(reason).contains("\"key\" : \"" + key + "\"");
        assertThat(app.eventCount()).isEqualTo(before);
        await().atMost(Duration.ofSeconds(5)).until(() -> app.rejectedFileEvents() == rejections + 1);
        assertThat(app.inbox().resolve(key)).doesNotExist();
    }
}
