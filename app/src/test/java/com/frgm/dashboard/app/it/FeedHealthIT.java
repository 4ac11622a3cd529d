package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

/** A market-data feed flows, goes quiet past the stall time, and resumes: API, health and events. */
class FeedHealthIT {

    private static final String DIR = "market-data/2024/01/15/";
    private static final String FIRST = "GE_XCME.ZN_20240115_103938.csv";
    private static final String SECOND = "GE_XCME.ZN_20240115_103939.csv";
    private static final String FEED = "GE_XCME.ZN";

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static WebClient http;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir, "--frgm.feeds.stall-after=3s", "--frgm.feeds.check-interval=200ms");
        http = app.http();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void reportsAQuietFeedStalledUntilItsNextFile() throws Exception {
        app.drop("market-data/" + FIRST, DIR + FIRST);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(DIR + FIRST)));

        JsonNode flowing = feed();
        assertThat(flowing.path("state").asText()).isEqualTo("flowing");
        assertThat(flowing.path("filesPerMinute").asLong()).isEqualTo(1);
        assertThat(flowing.path("rowsPerMinute").asLong()).isEqualTo(3);
        assertThat(flowing.path("lastFileTime").asText()).isEqualTo("2024-01-15T10:39:38Z");
        assertThat(flowing.path("ingestLagMillis").asLong()).isPositive();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(feed().path("state").asText()).isEqualTo("stalled");
            assertThat(health().path("components").path("feeds").path("status").asText())
                    .isEqualTo("STALLED");
            assertThat(events("FeedStalledEvent")).isEqualTo(1);
        });

        app.drop("market-data/" + SECOND, DIR + SECOND);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(events("FeedResumedEvent")).isEqualTo(1);
            assertThat(feed().path("state").asText()).isEqualTo("flowing");
            assertThat(health().path("components").path("feeds").path("status").asText())
                    .isEqualTo("UP");
        });
        assertThat(events("FeedStalledEvent")).isEqualTo(1);
    }

    @Test
    void countsRejectsAgainstTheirFeed() throws Exception {
        String key = DIR + "GE_XCME.ZN_20240115_104000.csv";
        app.drop("malformed/crossed-quote.csv", key);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.rejected(key)));

        assertThat(feed().path("rejects").asLong()).isEqualTo(1);
    }

    private static JsonNode feed() {
        JsonNode feeds = http.get()
                .uri("/api/feeds")
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block()
                .path("feeds");
        for (JsonNode feed : feeds) {
            if (FEED.equals(feed.path("feed").asText())) {
                return feed;
            }
        }
        throw new AssertionError("feed " + FEED + " not in " + feeds);
    }

    private static JsonNode health() {
        return http.get()
                .uri("/actuator/health")
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block();
    }

    private static long events(String simpleName) {
        return app.jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type = ?",
                Long.class,
                "com.frgm.dashboard.api.feeds." + simpleName);
    }
}
