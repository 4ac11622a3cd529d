package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Hostile input through the running application: a market-data file dated 2099 is rejected with a
 * report naming the value, and its instrument keeps updating with the next good file (before the
 * fix the 2099 quote was accepted and every later quote of ZNH24 was ignored as stale); a history
 * cursor with a giant exponent is a 400 at once.
 */
class ImplausibleInputIT {

    private static final String DAY = "market-data/2024/01/15/";

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

    @Test
    void aFileDatedIn2099IsRejectedNamingTheValueAndTheInstrumentKeepsUpdating() throws Exception {
        String first = DAY + "GE_XCME.ZN_20240115_103938.csv";
        app.drop("market-data/GE_XCME.ZN_20240115_103938.csv", first);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "112.5".equals(app.redis().hget("actant:market:ZNH24", "bid")));

        String futureQuote = DAY + "GE_XCME.ZN_20240115_103939.csv";
        app.dropText(
                RunningApp.BUCKET,
                futureQuote,
                "instrument,timestamp,bid,ask\nZNH24,2099-01-15T10:39:38Z,99.5,99.515625\n");
        String futureName = "market-data/2099/01/15/GE_XCME.ZN_20990115_103938.csv";
        app.dropText(RunningApp.BUCKET, futureName, "instrument,bid,ask\nZNH24,98.5,98.515625\n");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(app.rejected(futureQuote)) && Files.exists(app.rejected(futureName)));
        assertThat(Files.readString(app.rejected(futureQuote + ".error.json")))
                .contains(
                        "\"line\" : 2",
                        "\"column\" : \"timestamp\"",
                        "\"value\" : \"2099-01-15T10:39:38Z\"",
                        "quote time 2099-01-15T10:39:38Z lies in the future");
        assertThat(Files.readString(app.rejected(futureName + ".error.json")))
                .contains(
                        "\"value\" : \"GE_XCME.ZN_20990115_103938.csv\"",
                        "file time 2099-01-15T10:39:38Z lies in the future");

        String next = DAY + "GE_XCME.ZN_20240115_103940.csv";
        app.drop("market-data/GE_XCME.ZN_20240115_103939.csv", next);
        // One batch's pipelined writes land key by key: wait for the last of them as well.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(app.redis().hgetall("actant:market:ZNH24"))
                    .containsEntry("bid", "112.515625")
                    .containsEntry("timestamp", "1705315179");
            assertThat(app.redis().get("last_update:actant:market")).isEqualTo("1705315180");
        });
        assertThat(app.processed(next)).exists();
    }

    @Test
    void aHistoryCursorWithAGiantExponentIsA400AtOnce() {
        String cursor = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("instrument_id=S:X\ntimestamp=N:1e999999999\n".getBytes(StandardCharsets.UTF_8));
        WebTestClient http = WebTestClient.bindToServer()
                .baseUrl(app.baseUrl())
                .defaultHeaders(headers -> headers.setBasicAuth(RunningApp.OPERATOR, RunningApp.OPERATOR_PASSWORD))
                .responseTimeout(Duration.ofSeconds(3))
                .build();

        long started = System.nanoTime();
        http.get()
                .uri("/api/history/X?cursor={cursor}", cursor)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/bad-parameter")
                .jsonPath("$.parameter")
                .isEqualTo("cursor")
                .jsonPath("$.detail")
                .isEqualTo("cursor is not a 'next' value from an earlier page");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }
}
