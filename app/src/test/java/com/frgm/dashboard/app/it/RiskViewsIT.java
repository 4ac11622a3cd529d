package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.frgm.dashboard.api.risk.CheckRiskLimitsCommand;
import com.frgm.dashboard.api.risk.RiskLimitBreachedEvent;
import com.frgm.dashboard.api.risk.RiskLimitsIds;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The worked example of docs/risk.md end to end: its start-of-day, end-of-day, market-data and TT
 * files in, {@code GET /api/risk} equal to the hand-computed answer; then the browser (Debian's
 * chromium driven by playwright-core, app/src/test/browser) signs in as the operator, opens a ladder
 * from the instruments view, reads the expected delta on the risk page, sees the banner once a fill
 * breaches RISK01's limit and the ladder move with the next quote, retries dead letters from the
 * operations page, signs out, and signs in as a viewer who sees no operator controls (ADR 0021);
 * the breach is an event, in point-in-time answers and in the metric.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RiskViewsIT {

    private static final String DAY = "2024/01/16/";
    private static final String TT = "working-orders/" + DAY + "orders_snapshot_";
    private static final String BREACHING = TT + "1705413660.json";
    /** A later ZNH24 quote, a tick higher, for the browser to see the ladder move. */
    private static final String NEXT_QUOTE = """
            instrument,timestamp,bid,bid_size,ask,ask_size,price,volume,delta,gamma,vega,theta,underlying,tick_size,multiplier
            ZNH24,2024-01-16T14:30:30Z,112.25,110,112.265625,90,112.265625,5100,1,0,0,0,,0.015625,1000
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Hand-computed in docs/risk.md ("Worked example"). */
    private static final String EXPECTED = """
            {"startOfDayDate":"2024-01-16","settlementDate":"2024-01-15","accounts":[
              {"account":"RISK01",
               "underlyings":[{"underlying":"ZNH24","position":-13,"delta":-4,"gamma":-4000,"vega":-1000,"theta":200,"pnl":187.5}],
               "total":{"position":-13,"delta":-4,"gamma":-4000,"vega":-1000,"theta":200,"pnl":187.5},
               "notes":[]},
              {"account":"RISK02",
               "underlyings":[{"underlying":"ZNH24","position":41,"delta":-11.7,"gamma":5200,"vega":1900,"theta":-380,"pnl":-3375}],
               "total":{"position":41,"delta":-11.7,"gamma":5200,"vega":1900,"theta":-380,"pnl":-3375},
               "notes":[{"instrument":"ZNH24 P111","missing":"settlement price of 2024-01-15",
                         "assumed":"start-of-day avg_price 0.3125"}]}]}
            """;

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static WebClient http;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(
                dataDir,
                "--frgm.risk.limits.RISK01.max-delta=4.5",
                "--frgm.risk.limits.RISK02.max-loss=5000",
                "--frgm.risk.check-interval=200ms",
                "--frgm.ui.live-refresh=200ms");
        http = app.http();
        drop("risk/actant_eod_20240115.csv", "eod/2024/01/15/actant_eod_20240115.csv");
        drop("risk/actant_sod_20240116.csv", "sod/" + DAY + "actant_sod_20240116.csv");
        drop("risk/GE_XCME.ZN_20240116_143000.csv", "market-data/" + DAY + "GE_XCME.ZN_20240116_143000.csv");
        dropOrders(TT + "1705413600.json");
        dropOrders(TT + "1705413630.json");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void riskEqualsTheHandComputedAnswer() throws Exception {
        JsonNode expected = JSON.readTree(EXPECTED);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ObjectNode risk = (ObjectNode) get("/api/risk");
            assertThat(risk.remove("eventSequence").asLong()).isPositive();
            assertThat(risk).isEqualTo(expected);
        });
        JsonNode one = get("/api/risk?account=RISK02");
        assertThat(one.path("accounts")).hasSize(1);
        assertThat(one.path("accounts").get(0))
                .isEqualTo(expected.path("accounts").get(1));

        JsonNode positions = get("/api/risk/positions?account=RISK01").path("positions");
        assertThat(positions.toString()).isEqualTo(JSON.readTree("""
                [{"account":"RISK01","instrument":"ZNH24","underlying":"ZNH24","startOfDay":10,"filled":-3,"live":7,
                  "avgPrice":111.5,"lastPrice":112.25},
                 {"account":"RISK01","instrument":"ZNH24 C112","underlying":"ZNH24","startOfDay":-20,"filled":0,
                  "live":-20,"avgPrice":0.75,"lastPrice":0.625}]""").toString());
        JsonNode chain = get("/api/instruments").path("underlyings").get(0);
        assertThat(chain.path("underlying").asText()).isEqualTo("ZNH24");
        assertThat(chain.path("future").path("instrument").asText()).isEqualTo("ZNH24");
        assertThat(chain.path("strikes").toString())
                .contains("\"strike\":111,\"call\":null,\"put\":{\"instrument\":\"ZNH24 P111\"")
                .contains("\"strike\":112,\"call\":{\"instrument\":\"ZNH24 C112\"");
    }

    @Test
    @Order(2)
    void theBrowserOpensALadderFromTheInstrumentsReadsTheDeltaAndSeesTheBreachBanner() throws Exception {
        Path script = Path.of("target/browser/risk-views.mjs");
        assertThat(script.resolveSibling("node_modules/playwright-core"))
                .as("npm ci of app/src/test/browser, " + "run by the build's pre-integration-test phase")
                .isDirectory();
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        ProcessBuilder browser = new ProcessBuilder("node", script.toString(), app.baseUrl(), shots.toString())
                .redirectErrorStream(true);
        browser.environment().put("FRGM_OPERATOR", RunningApp.OPERATOR + ":" + RunningApp.OPERATOR_PASSWORD);
        browser.environment().put("FRGM_VIEWER", RunningApp.VIEWER + ":" + RunningApp.VIEWER_PASSWORD);
        Process node = browser.start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    if (line.equals("READY_FOR_BREACH")) {
                        dropOrders(BREACHING);
                    }
                    if (line.equals("READY_FOR_QUOTE")) {
                        app.dropText("market-data/" + DAY + "GE_XCME.ZN_20240116_143030.csv", NEXT_QUOTE);
                    }
                }
            } catch (Exception e) {
                output.add("reader failed: " + e);
            }
        });
        boolean ended = node.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            node.destroyForcibly();
        }
        reader.get(10, TimeUnit.SECONDS);
        assertThat(ended).as("browser script ended; output: %s", output).isTrue();
        assertThat(node.exitValue()).as(String.join("\n", output)).isZero();
        assertThat(output).contains("ok - the breach shows the banner", "ok - a viewer sees no operator controls");
    }

    @Test
    @Order(3)
    void theBreachIsAnEventInPointInTimeAnswersAndTheMetric() throws Exception {
        if (!Files.exists(app.processed(RunningApp.TT_BUCKET, BREACHING))) {
            dropOrders(BREACHING);
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/risk/limits").path("breaches").size() == 1);
        assertThat(app.eventsOfType(RiskLimitBreachedEvent.class)).isEqualTo(1);
        JsonNode breach = get("/api/risk/limits").path("breaches").get(0);
        assertThat(breach.path("account").asText()).isEqualTo("RISK01");
        assertThat(breach.path("limit").asText()).isEqualTo("DELTA");
        assertThat(breach.path("value").decimalValue()).isEqualByComparingTo("5");

        Instant after = Instant.parse(breach.path("since").asText()).plusSeconds(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(after));
        JsonNode atInstant = get("/api/audit/state?at=" + after).path("riskLimitBreaches");
        assertThat(atInstant).hasSize(1);
        assertThat(atInstant.get(0).path("account").asText()).isEqualTo("RISK01");
        assertThat(get("/api/audit/state?at=2024-01-16T14:00:00Z").path("riskLimitBreaches"))
                .isEmpty();
        assertThat(get("/actuator/metrics/frgm.risk.breaches")
                        .path("measurements")
                        .get(0)
                        .path("value")
                        .asDouble())
                .isEqualTo(1.0);
    }

    @Test
    @Order(4)
    void theSameCheckSentTwiceAtOnceRecordsOneBreach() throws Exception {
        CommandGateway commands = app.context.getBean(CommandGateway.class);
        CheckRiskLimitsCommand check = new CheckRiskLimitsCommand(
                RiskLimitsIds.of("RISK09"),
                "RISK09",
                1,
                Instant.now(),
                BigDecimal.TEN,
                BigDecimal.ZERO,
                BigDecimal.ONE,
                null);
        CompletableFuture<Object> first = commands.send(check).exceptionally(e -> e);
        CompletableFuture<Object> second = commands.send(check).exceptionally(e -> e);
        CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);

        // The monitor clears it soon after (RISK09 holds nothing): count the breaches only.
        assertThat(app.jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type = ?",
                        Long.class,
                        RiskLimitsIds.of("RISK09"),
                        RiskLimitBreachedEvent.class.getName()))
                .isEqualTo(1);
    }

    private static void drop(String resource, String key) throws Exception {
        app.drop(resource, key);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(key)));
    }

    private static void dropOrders(String key) {
        try {
            app.drop(RunningApp.TT_BUCKET, "risk/" + Path.of(key).getFileName(), key);
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(RunningApp.TT_BUCKET, key)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(String path) throws Exception {
        return JSON.readTree(
                http.get().uri(path).retrieve().bodyToMono(String.class).block());
    }
}
