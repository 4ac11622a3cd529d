package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.frgm.dashboard.app.history.FlakyDynamoDbClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Sample files through the local inbox into the DynamoDB history on the embedded Dynoxide, read
 * back through the history API; DynamoDB throttles the first writes and refuses one instrument's
 * quote, which lands in the dead-letter queue while the rest keep flowing, and is retried.
 */
class HistoryIT {

    private static final String DAY = "2024/01/15/";

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static WebClient http;
    static FlakyDynamoDbClient dynamodb;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(
                dataDir,
                new Class<?>[] {FlakyDynamoDbConfiguration.class},
                "--frgm.history.backoff-base=5ms",
                "--frgm.history.backoff-max=50ms");
        http = app.http();
        dynamodb = FlakyDynamoDbConfiguration.client;
        dynamodb.poison = FlakyDynamoDbClient.instrument("POISON");
        dynamodb.throttled.set(3);
        dynamodb.throwing.set(2);

        drop(
                RunningApp.BUCKET,
                "market-data/GE_XCME.ZN_20240115_103938.csv",
                "market-data/" + DAY + "GE_XCME.ZN_20240115_103938.csv");
        drop(
                RunningApp.BUCKET,
                "market-data/GE_XCME.ZN_20240115_103939.csv",
                "market-data/" + DAY + "GE_XCME.ZN_20240115_103939.csv");
        drop(
                RunningApp.BUCKET,
                "history/GE_XCME.ZN_20240115_103940.csv",
                "market-data/" + DAY + "GE_XCME.ZN_20240115_103940.csv");
        drop(
                RunningApp.BUCKET,
                "history/GE_XCME.ZN_20240115_103941.csv",
                "market-data/" + DAY + "GE_XCME.ZN_20240115_103941.csv");
        drop(RunningApp.BUCKET, "sod/actant_sod_20240115.csv", "sod/" + DAY + "actant_sod_20240115.csv");
        drop(RunningApp.BUCKET, "eod/actant_eod_20240115.csv", "eod/" + DAY + "actant_eod_20240115.csv");
        drop(
                RunningApp.TT_BUCKET,
                "working-orders/orders_snapshot_1705315178.json",
                "working-orders/" + DAY + "orders_snapshot_1705315178.json");
        drop(
                RunningApp.TT_BUCKET,
                "working-orders/orders_snapshot_1705315208.json",
                "working-orders/" + DAY + "orders_snapshot_1705315208.json");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void quotesOfATimeRangeComeBackWithEveryColumnAndPoisonIsParkedWhileTheRestFlow() {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(get("/api/history/ZNH24?from=2024-01-15T10:39:00Z&to=2024-01-15T10:40:00Z")
                                        .path("items"))
                                .hasSize(4));
        JsonNode quotes = get("/api/history/ZNH24?from=2024-01-15T10:39:00Z&to=2024-01-15T10:40:00Z&limit=3");
        assertThat(quotes.path("items").get(0).path("timestamp").asLong()).isEqualTo(1705315178000L);
        assertThat(quotes.path("items").get(0).path("bid_2").decimalValue()).isEqualByComparingTo("112.484375");
        assertThat(quotes.path("items").get(2).path("open_interest").asText()).isEqualTo("1503");
        JsonNode rest = get("/api/history/ZNH24?from=2024-01-15T10:39:00Z&to=2024-01-15T10:40:00Z&limit=3&cursor="
                + quotes.path("next").asText());
        assertThat(rest.path("items").get(0).path("timestamp").asLong()).isEqualTo(1705315181000L);
        assertThat(dynamodb.throttled.get()).isZero();
        assertThat(dynamodb.throwing.get()).isZero();

        JsonNode parked = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/actuator/deadletters/history-market"), letters -> letters.size() == 1);
        assertThat(parked.get(0).get(0).path("payloadType").asText()).endsWith("QuoteUpdatedEvent");
        assertThat(parked.get(0).get(0).path("causeMessage").asText()).contains("DynamoDB refused");
        assertThat(get("/api/history/POISON1?from=2024-01-15T10:39:00Z&to=2024-01-15T10:40:00Z")
                        .path("items"))
                .isEmpty();

        dynamodb.poison = item -> false;
        JsonNode retried = http.post()
                .uri("/actuator/deadletters/history-market")
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block();
        assertThat(retried.path("succeeded").asInt()).isEqualTo(1);
        assertThat(retried.path("sequencesLeft").asInt()).isZero();
        assertThat(get("/api/history/POISON1?from=2024-01-15T10:39:00Z&to=2024-01-15T10:40:00Z")
                        .path("items"))
                .hasSize(1);
    }

    @Test
    void startAndEndOfDayRowsOfBothAccountsAreKept() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode first = get("/api/positions/FRGM01?date=2024-01-15");
            JsonNode second = get("/api/positions/FRGM02?date=2024-01-15");
            assertThat(records(first, "sod")).hasSize(3);
            assertThat(records(first, "eod")).hasSize(3);
            assertThat(records(second, "eod")).hasSize(3);
        });
        JsonNode first = get("/api/positions/FRGM01?date=2024-01-15");
        JsonNode second = get("/api/positions/FRGM02?date=2024-01-15");
        assertThat(row(first, "eod", "ZNH24").path("position").asLong()).isEqualTo(-33);
        assertThat(row(second, "eod", "ZNH24").path("position").asLong()).isEqualTo(37);
        assertThat(row(second, "eod", "ZNH24").path("date_account").asText()).isEqualTo("2024-01-15#FRGM02");
        assertThat(row(first, "sod", "ZNH24").path("position").asLong()).isEqualTo(24);
    }

    @Test
    void everyStateOfAnOrderIsKeptForSevenDays() {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(get("/api/orders/907000/history").path("items"))
                                .hasSize(2));
        JsonNode states = get("/api/orders/907000/history").path("items");
        assertThat(states.get(0).path("change").asText()).isEqualTo("working");
        assertThat(states.get(0).path("expire_time").asLong()).isEqualTo(1705315178L + 7 * 24 * 3600);
        assertThat(states.get(1).path("change").asText()).isEqualTo("filled");
        assertThat(states.get(1).path("filled_qty").asLong()).isEqualTo(1);
        assertThat(states.get(1).path("expire_time").asLong()).isEqualTo(1705315208L + 7 * 24 * 3600);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(get("/api/orders/907001/history")
                                .path("items")
                                .get(1)
                                .path("change")
                                .asText())
                        .isEqualTo("no_longer_working"));
    }

    @Test
    void badParametersAreBadParameterProblemsNamingTheParameter() {
        assertBadRequest("/api/history/ZNH24?from=10:39", "from", "from must be an ISO-8601 instant");
        assertBadRequest("/api/positions/FRGM01?date=2024-13-01", "date", "date must be a business date");
        assertBadRequest("/api/orders/907000/history?limit=5000", "limit", "limit must be a whole number");
        // Refused by the query side, across the query bus.
        assertBadRequest("/api/orders/907000/history?cursor=bm90LW91cnM", "cursor", "cursor is not");
    }

    private static void assertBadRequest(String uri, String parameter, String detail) {
        try {
            http.get().uri(uri).retrieve().bodyToMono(String.class).block();
            throw new AssertionError(uri + " was answered");
        } catch (WebClientResponseException e) {
            assertThat(e.getStatusCode().value()).isEqualTo(400);
            assertThat(e.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = e.getResponseBodyAs(JsonNode.class);
            assertThat(problem.path("type").asText()).isEqualTo("/problems/bad-parameter");
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
            assertThat(problem.path("detail").asText()).contains(detail);
            assertThat(problem.path("instance").asText()).isEqualTo(uri.substring(0, uri.indexOf('?')));
        }
    }

    private static List<JsonNode> records(JsonNode page, String record) {
        List<JsonNode> rows = new ArrayList<>();
        page.path("items").forEach(row -> {
            if (record.equals(row.path("record").asText())) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static JsonNode row(JsonNode page, String record, String instrument) {
        return records(page, record).stream()
                .filter(r -> instrument.equals(r.path("instrument_id").asText()))
                .findFirst()
                .orElseThrow();
    }

    private static void drop(String bucket, String resource, String key) throws Exception {
        app.drop(bucket, resource, key);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(bucket, key)));
    }

    private static JsonNode get(String uri) {
        return http.get().uri(uri).retrieve().bodyToMono(JsonNode.class).block();
    }
}
