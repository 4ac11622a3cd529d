package com.frgm.dashboard.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code rebuild <name> [--url http://localhost:8080]}: asks a running dashboard node to rebuild a
 * projection (ADR 0024) and follows it at the address the node answers with, drawing a progress
 * bar with the ETA on stderr, until the new version serves (exit 0) or the rebuild fails or is
 * cancelled (exit 1, with the reason).
 */
final class RebuildCommand {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RebuildCommand(String name, Options options, PrintStream out, PrintStream err) {
        this.name = name;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() throws Exception {
        URI base = URI.create(options.get("url", "FRGM_URL").orElse("http://localhost:8080"));
        HttpResponse<String> started =
                send(HttpRequest.newBuilder(base.resolve("/api/projections/" + name + "/rebuild"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        if (started.statusCode() != 202) {
            err.println("rebuild of " + name + " refused (" + started.statusCode() + "): " + detail(started.body()));
            return 1;
        }
        URI status = base.resolve(started.headers().firstValue("Location").orElse("/api/projections/" + name));
        int version = JSON.readTree(started.body()).path("version").asInt();
        ProgressBar bar = new ProgressBar(err, "rebuild " + name + " v" + version);
        while (true) {
            Thread.sleep(POLL.toMillis());
            HttpResponse<String> answer = send(HttpRequest.newBuilder(status).GET());
            if (answer.statusCode() != 200) {
                bar.end();
                err.println("could not follow the rebuild (" + answer.statusCode() + "): " + detail(answer.body()));
                return 1;
            }
            JsonNode view = JSON.readTree(answer.body());
            JsonNode rebuild = view.path("rebuild");
            String outcome = rebuild.path("outcome").asText("running");
            if ("running".equals(outcome)) {
                bar.show(view.path("progress").asDouble(), note(view));
                continue;
            }
            if ("switched".equals(outcome)) {
                bar.show(1, "");
                out.println(name + " version " + rebuild.path("version").asInt() + " serves, at global index "
                        + rebuild.path("events").asLong());
                return 0;
            }
            bar.end();
            err.println("rebuild of " + name + " " + outcome + ": "
                    + rebuild.path("reason").asText(""));
            return 1;
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(
                request.timeout(Duration.ofSeconds(10))
                        .header("Accept", "application/json")
                        .header("Authorization", basic())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * HTTP Basic as an operator (ADR 0021): {@code --user}/{@code --password} or FRGM_USER and
     * FRGM_PASSWORD; on a local run, the generated {@code admin} and its password file in the
     * data directory ({@code --data-dir}, FRGM_DATA_DIR, {@code ./data}).
     */
    private String basic() throws IOException {
        String user = options.get("user", "FRGM_USER").orElse("admin");
        Optional<String> password = options.get("password", "FRGM_PASSWORD");
        if (password.isEmpty()) {
            Path file = Path.of(options.get("data-dir", "FRGM_DATA_DIR").orElse("./data"), "admin-password");
            if (!Files.isReadable(file)) {
                throw new Options.UsageException("give --user and --password (or FRGM_USER, FRGM_PASSWORD): no " + file
                        + " to sign in as admin with");
            }
            password = Optional.of(Files.readString(file).trim());
        }
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password.get()).getBytes(StandardCharsets.UTF_8));
    }

    private static String note(JsonNode view) {
        String state = view.path("state").asText();
        JsonNode eta = view.path("etaSeconds");
        JsonNode rate = view.path("eventsPerSecond");
        return state
                + (rate.isNumber() ? String.format(" %,.0f events/s", rate.asDouble()) : "")
                + (eta.isNumber()
                        ? " ETA "
                                + Duration.ofSeconds(eta.asLong())
                                        .toString()
                                        .substring(2)
                                        .toLowerCase()
                        : "");
    }

    private static String detail(String body) {
        try {
            return JSON.readTree(body).path("detail").asText(body);
        } catch (Exception e) {
            return body;
        }
    }
}
