package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.eventstore.checkpoint.ObjectStoreCheckpoints;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.query.pointintime.PointInTimeState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The running application writes replay checkpoints into the database and beside the archive,
 * and its point-in-time answer starts from one: the same ladder as live, on either clock, with
 * the feeds as they stood (the rejected file counted, from its event).
 */
class TimeTravelIT {

    private static final String DIR = "market-data/2024/01/15/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void answersFromACheckpointTheSameAsLiveOnBothClocks() throws Exception {
        Path archive = dataDir.resolve("archive");
        try (RunningApp app = RunningApp.start(
                dataDir,
                "--frgm.archive.uri=file:" + archive,
                "--frgm.checkpoints.every-events=3",
                "--frgm.checkpoints.poll-interval=200ms")) {
            app.drop("market-data/GE_XCME.ZN_20240115_103938.csv", DIR + "GE_XCME.ZN_20240115_103938.csv");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Files.exists(app.processed(DIR + "GE_XCME.ZN_20240115_103938.csv")));
            app.drop("malformed/crossed-quote.csv", DIR + "GE_XCME.ZN_20240115_103939.csv");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Files.exists(app.rejected(DIR + "GE_XCME.ZN_20240115_103939.csv")));
            app.drop("market-data/GE_XCME.ZN_20240115_103939.csv", DIR + "GE_XCME.ZN_20240115_103940.csv");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Files.exists(app.processed(DIR + "GE_XCME.ZN_20240115_103940.csv")));
            long events = app.eventCount() + app.rejectedFileEvents();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> app.jdbc.queryForObject(
                                    "SELECT coalesce(max(global_index), 0) FROM replay_checkpoint", Long.class)
                            >= events - 3);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !new ObjectStoreCheckpoints(new FileObjectStore(archive))
                            .list(PointInTimeState.VERSION)
                            .isEmpty());

            WebClient http = app.http();
            JsonNode live = JSON.readTree(http.get()
                    .uri("/api/ladder/ZNH24")
                    .retrieve()
                    .bodyToMono(String.class)
                    .block());
            Instant now = Instant.now().plusSeconds(1);
            for (String clock : new String[] {"at", "feedTime"}) {
                JsonNode answer = JSON.readTree(http.get()
                        .uri("/api/audit/state?" + clock + "=" + now + "&instrument=ZNH24")
                        .retrieve()
                        .bodyToMono(String.class)
                        .block());
                assertThat(answer.get("clock").asText()).isEqualTo(clock.equals("at") ? "DESK" : "FEED");
                assertThat(answer.get("checkpointGlobalIndex").asLong())
                        .as(clock)
                        .isPositive();
                assertThat(answer.get("ladders").get(0).get("bestBid")).isEqualTo(live.get("bestBid"));
                assertThat(answer.get("ladders").get(0).get("eventSequence")).isEqualTo(live.get("eventSequence"));
                JsonNode feed = answer.get("feeds").get(0);
                assertThat(feed.get("state").asText()).isEqualTo("flowing");
                assertThat(feed.get("rejectsToday").asInt()).as(feed.toString()).isEqualTo(1);
            }
        }
    }
}
