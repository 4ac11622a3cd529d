package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.app.it.drill.TtApiStub;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import redis.embedded.RedisServer;

/**
 * No secret reaches a log line or an HTTP answer (issue 15): the application runs against a
 * PostgreSQL that checks its password, a Redis that requires AUTH and a TT API that receives the
 * key and secret, with users signing in; then everything it logged, and everything it answered
 * on every kind of route (health in detail, metrics, errors, refusals, the sign-in page), is
 * searched for each secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsIT {

    private static final String DB_PASSWORD = "pg-Pass-4f1c9e";
    private static final String REDIS_PASSWORD = "redis-Pass-8d2e71";
    private static final String TT_KEY = "tt-Key-77aa31";
    private static final String TT_SECRET = "tt-Secret-99bb52";

    @TempDir
    Path dataDir;

    @Test
    void noConfiguredSecretIsEverLoggedOrServed(CapturedOutput output) throws Exception {
        Path hba = Files.writeString(
                dataDir.resolve("pg_hba.conf"),
                String.join(
                        "\n",
                        "host all frgm 127.0.0.1/32 scram-sha-256",
                        "host all frgm ::1/128 scram-sha-256",
                        "host all all 127.0.0.1/32 trust",
                        "host all all ::1/128 trust",
                        ""));
        int redisPort = freePort();
        RedisServer redis = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(redisPort)
                .setting("requirepass " + REDIS_PASSWORD)
                .build();
        redis.start();
        List<String> served = new ArrayList<>();
        Path logFile = dataDir.resolve("app.log");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("hba_file", hba.toString())
                        .start();
                TtApiStub tt = new TtApiStub()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                    Statement sql = admin.createStatement()) {
                sql.execute("CREATE USER frgm PASSWORD '" + DB_PASSWORD + "'");
                sql.execute("CREATE DATABASE frgm OWNER frgm");
            }
            try (RunningApp app = RunningApp.start(
                    dataDir,
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/frgm",
                    "--spring.datasource.username=frgm",
                    "--spring.datasource.password=" + DB_PASSWORD,
                    "--spring.data.redis.url=redis://:" + REDIS_PASSWORD + "@127.0.0.1:" + redisPort,
                    "--frgm.history.enabled=false",
                    "--logging.file.name=" + logFile,
                    "--frgm.tt.base-url=" + tt.baseUrl(),
                    "--frgm.tt.env=" + TtApiStub.ENV,
                    "--frgm.tt.api-key=" + TT_KEY,
                    "--frgm.tt.api-secret=" + TT_SECRET,
                    "--frgm.tt.poll-interval=1s")) {
                await().atMost(Duration.ofSeconds(30)).until(() -> tt.apiKeys.size() >= 2);
                assertThat(tt.apiKeys).as("the TT key was sent").contains(TT_KEY);
                WebClient operator = app.http();
                for (String path : List.of(
                        "/actuator/health",
                        "/actuator/health/db",
                        "/actuator/health/redis",
                        "/actuator/health/readiness",
                        "/actuator/metrics",
                        "/actuator/metrics/frgm.tt.polls",
                        "/actuator/info",
                        "/actuator",
                        "/api/feeds",
                        "/api/me",
                        "/api/ui-config",
                        "/api/risk/limits",
                        "/api/operations/log",
                        "/api/ladder/ZNH24",
                        "/api/ladder/bad%20name",
                        "/api/nothing-here",
                        "/api/audit/state?at=2024-01-15T10:00:00Z",
                        "/actuator/env",
                        "/actuator/configprops",
                        "/actuator/deadletters/no-such-group",
                        "/login",
                        "/login/options",
                        "/")) {
                    served.add(exchange(operator, path));
                }
                served.add(exchange(app.http(RunningApp.VIEWER, RunningApp.VIEWER_PASSWORD), "/actuator/health"));
                served.add(exchange(app.http(RunningApp.VIEWER, "wrong-" + RunningApp.VIEWER_PASSWORD), "/api/feeds"));
                served.add(exchange(WebClient.create(app.baseUrl()), "/api/feeds"));
                assertThat(String.join("\n", served))
                        .as("a health answer in detail was served")
                        .contains("\"db\"");
            }
        } finally {
            redis.stop();
        }
        String logged = Files.readString(logFile) + output.getAll();
        assertThat(logged).as("the application logged").contains("Netty started on port");
        for (String secret : List.of(
                DB_PASSWORD,
                REDIS_PASSWORD,
                TT_KEY,
                TT_SECRET,
                RunningApp.OPERATOR_PASSWORD,
                RunningApp.VIEWER_PASSWORD)) {
            assertThat(logged).as("the log").doesNotContain(secret);
            assertThat(served).as("the answers").noneMatch(answer -> answer.contains(secret));
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Status, headers and body of a GET, whatever the status. */
    private static String exchange(WebClient client, String path) {
        return client.get()
                .uri(path)
                .accept(MediaType.ALL)
                .exchangeToMono(response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(body -> path + " " + response.statusCode() + " "
                                + response.headers().asHttpHeaders() + "\n" + body))
                .block(Duration.ofSeconds(30));
    }
}
