package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.frgm.dashboard.app.history.FlakyDynamoDbClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Two quotes of one instrument that DynamoDB refuses, handled in the same processor batch: both
 * are parked as one sequence, in order, and the batch commits, so the other instrument's history
 * and every later batch keep flowing.
 */
class HistoryPoisonIT {

    private static final String GROUP = "history-market";
    private static final String DIR = "market-data/2024/01/15/";

    @TempDir
    Path dataDir;

    @Test
    void twoRefusedEventsOfOneSequenceInOneBatchAreParkedAndTheBatchCommits() throws Exception {
        try (RunningApp app = RunningApp.start(
                dataDir,
                new Class<?>[] {FlakyDynamoDbConfiguration.class},
                "--frgm.history.backoff-base=5ms",
                "--frgm.history.backoff-max=20ms",
                "--frgm.history.max-attempts=2")) {
            WebClient http = app.http();
            FlakyDynamoDbConfiguration.client.poison = FlakyDynamoDbClient.instrument("POISON2");
            StreamingEventProcessor history = (StreamingEventProcessor) app.context
                    .getBean(EventProcessingConfiguration.class)
                    .eventProcessor(GROUP)
                    .orElseThrow();
            // Hold the processor (stopped for good, every segment released) so that both files'
            // quotes reach it in one batch.
            history.shutdownAsync().get(30, TimeUnit.SECONDS);
            drop(app, "GE_XCME.ZN_20240115_105000.csv", "10:50:00Z", "100.5");
            drop(app, "GE_XCME.ZN_20240115_105001.csv", "10:50:01Z", "100.75");
            history.start();

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(
                                    get(http, "/api/history/CLEAN1?from=2024-01-15T10:49:00Z&to=2024-01-15T10:51:00Z")
                                            .path("items"))
                            .hasSize(2));
            JsonNode parked = get(http, "/actuator/deadletters/" + GROUP);
            assertThat(parked).hasSize(1);
            assertThat(parked.get(0)).hasSize(2);
            assertThat(parked.get(0).get(0).path("causeMessage").asText()).contains("DynamoDB refused");
            // In one batch (the usual case here) our fallback parks the second behind the first, untried;
            // when the processor happens to read them in two batches, Axon parks it behind with no cause.
            // Either way it waits in order behind the first, and nothing fails.
            assertThat(parked.get(0).get(1).path("causeMessage").asText())
                    .satisfiesAnyOf(
                            cause -> assertThat(cause).contains("parked behind event"),
                            cause -> assertThat(cause).isIn("null", ""));
            assertThat(Instant.parse(parked.get(0).get(0).path("eventTime").asText()))
                    .isBeforeOrEqualTo(
                            Instant.parse(parked.get(0).get(1).path("eventTime").asText()));
            assertThat(history.isError()).isFalse();

            // Later files still flow, and the parked sequence is retried in order once DynamoDB takes it.
            drop(app, "GE_XCME.ZN_20240115_105002.csv", "10:50:02Z", "101");
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(
                                    get(http, "/api/history/CLEAN1?from=2024-01-15T10:49:00Z&to=2024-01-15T10:51:00Z")
                                            .path("items"))
                            .hasSize(3));
            FlakyDynamoDbConfiguration.client.poison = item -> false;
            http.post()
                    .uri("/actuator/deadletters/" + GROUP)
                    .retrieve()
                    .bodyToMono(JsonNode.class)
                    .block();
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(
                                    get(http, "/api/history/POISON2?from=2024-01-15T10:49:00Z&to=2024-01-15T10:51:00Z")
                                            .path("items"))
                            .hasSize(3));
            assertThat(get(http, "/actuator/deadletters/" + GROUP)).isEmpty();
        }
    }

    private static void drop(RunningApp app, String name, String time, String bid) throws Exception {
        String csv = "instrument,timestamp,bid,ask,price\n"
                + "POISON2,2024-01-15T" + time + "," + bid + ",200,150\n"
                + "CLEAN1,2024-01-15T" + time + "," + bid + ",200,150\n";
        app.dropText(DIR + name, csv);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(app.processed(DIR + name)));
    }

    private static JsonNode get(WebClient http, String uri) {
        return http.get().uri(uri).retrieve().bodyToMono(JsonNode.class).block();
    }
}
