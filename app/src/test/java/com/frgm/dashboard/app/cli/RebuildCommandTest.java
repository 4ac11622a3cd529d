package com.frgm.dashboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code rebuild} command against a stand-in node: exit 0 on the switch, 1 with the reason otherwise. */
class RebuildCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private HttpServer server;
    private volatile String authorization;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void followsTheRebuildToItsSwitchWithAProgressBar() throws Exception {
        serve(
                202,
                List.of(
                        view("building", 0.25, "running", null),
                        view("switching", 0.99, "running", null),
                        view("live", 1, "switched", null)));

        assertThat(run("rebuild", "ladder")).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rebuild ladder v2", "25%", "ETA 40s", "100%");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ladder version 2 serves");
        assertThat(authorization)
                .as("signed in as the operator with HTTP Basic")
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("op:secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCancelledRebuildExitsNonZeroWithTheReason() throws Exception {
        serve(
                202,
                List.of(view("building", 0.5, "running", null), view("live", 1, "cancelled", "cancelled by request")));

        assertThat(run("rebuild", "ladder")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rebuild of ladder cancelled: cancelled by request");
    }

    @Test
    void aRefusedRebuildExitsNonZeroWithTheProblemsDetail() throws Exception {
        serve(409, List.of());

        assertThat(run("rebuild", "ladder")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("refused (409): a rebuild of ladder is already running");
    }

    @Test
    void aNodeThatIsNotThereIsNamedInTheError() throws Exception {
        serve(202, List.of());
        int port = server.getAddress().getPort();
        server.stop(0);
        server = null;

        int exit = Cli.run(
                new String[] {
                    "rebuild", "ladder", "--url", "http://localhost:" + port, "--user", "op", "--password", "secret"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("rebuild failed: ConnectException")
                .doesNotContain("null");
    }

    @Test
    void withoutANameItPrintsTheUsage() {
        assertThat(Cli.run(new String[] {"rebuild"}, new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rebuild <projection>");
    }

    private int run(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--url";
        all[args.length + 1] = "http://localhost:" + server.getAddress().getPort();
        all[args.length + 2] = "--user";
        all[args.length + 3] = "op";
        all[args.length + 4] = "--password";
        all[args.length + 5] = "secret";
        return Cli.run(
                all,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void serve(int startStatus, List<String> views) throws IOException {
        Deque<String> next = new ArrayDeque<>(views);
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/projections/ladder/rebuild", exchange -> {
            authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (startStatus == 202) {
                exchange.getResponseHeaders().add("Location", "/api/projections/ladder");
                reply(exchange, 202, view("building", 0, "running", null));
            } else {
                reply(
                        exchange,
                        startStatus,
                        "{\"type\":\"/problems/rebuild-conflict\",\"status\":409,"
                                + "\"detail\":\"a rebuild of ladder is already running\"}");
            }
        });
        server.createContext(
                "/api/projections/ladder",
                exchange -> reply(exchange, 200, next.size() > 1 ? next.poll() : next.peek()));
        server.start();
    }

    private static String view(String state, double progress, String outcome, String reason) {
        return "{\"name\":\"ladder\",\"state\":\"" + state + "\",\"version\":2,\"progress\":" + progress
                + ",\"eventsPerSecond\":1000.0,\"etaSeconds\":40,\"rebuild\":{\"version\":2,\"outcome\":\"" + outcome
                + "\",\"reason\":" + (reason == null ? "null" : "\"" + reason + "\"") + ",\"events\":1200}}";
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
