package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SslOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS everywhere it can be (issue 15): the application serves HTTPS from {@code server.ssl.*}
 * and reaches a PostgreSQL that refuses plain connections ({@code sslmode=verify-full}) and a
 * Redis that listens only on TLS with AUTH ({@code rediss://}), each checking the server's
 * certificate against a CA made by this test. It refuses to start against a Redis whose
 * certificate it does not trust or with the wrong password; the PostgreSQL driver, given the URL
 * the application would be given, refuses a certificate it does not trust.
 */
class TlsIT {

    private static final String DIR = "market-data/2024/01/15/";
    private static final String FILE = "GE_XCME.ZN_20240115_103938.csv";

    @TempDir
    static Path certificates;

    static TestCertificates authority;
    static TestCertificates stranger;
    static TestCertificates.ServerPem server;
    static TlsServers servers;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startServers() throws Exception {
        authority = TestCertificates.authority("frgm test CA", certificates, "ca.crt");
        stranger = TestCertificates.authority("frgm stranger CA", certificates, "stranger.crt");
        server = authority.issueServer(certificates, "server");
        servers = TlsServers.start(certificates, authority, server);
    }

    @AfterAll
    static void stopServers() throws IOException {
        servers.close();
    }

    @Test
    void servesHttpsAndReachesPostgresAndRedisOverVerifiedTls() throws Exception {
        try (RunningApp app = RunningApp.start(
                        dataDir,
                        args(
                                authority,
                                authority,
                                TlsServers.REDIS_PASSWORD,
                                "--server.ssl.certificate=file:" + server.certificate(),
                                "--server.ssl.certificate-private-key=file:" + server.privateKey()));
                RedisClient redisClient = trustingRedisClient(authority)) {
            assertThat(app.jdbc.queryForObject(
                            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", Boolean.class))
                    .as("the application's database session is encrypted")
                    .isTrue();

            HttpClient https = HttpClient.newBuilder()
                    .sslContext(authority.clientContext())
                    .build();
            String base = "https://localhost:" + app.port();
            HttpResponse<String> health =
                    https.send(get(base + "/actuator/health"), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"").contains("\"redis\":{\"status\":\"UP\"");
            assertThat(health.headers().firstValue("Strict-Transport-Security"))
                    .as("HSTS over TLS")
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(
                                    get("http://localhost:" + app.port() + "/actuator/health/liveness"),
                                    HttpResponse.BodyHandlers.ofString()))
                    .as("plain HTTP on the TLS port")
                    .isInstanceOf(IOException.class);

            app.drop("market-data/" + FILE, DIR + FILE);
            try (StatefulRedisConnection<String, String> redis = redisClient.connect()) {
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> assertThat(redis.sync().hgetall("actant:market:ZNH24"))
                                .containsEntry("ask", "112.515625"));
            }
            HttpResponse<String> ladder =
                    https.send(get(base + "/api/ladder/ZNH24"), HttpResponse.BodyHandlers.ofString());
            assertThat(ladder.body()).contains("\"bestAsk\":\"112.515625\"");
        }
    }

    @Test
    void postgresRefusesConnectionsWithoutTls() {
        assertThatThrownBy(() -> DriverManager.getConnection(
                                servers.jdbcUrl("disable", authority.certificateFile()), credentials())
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no encryption");
    }

    /** The driver with the URL the application is given: the application adds nothing to it. */
    @Test
    void refusesPostgresWhoseCertificateIsNotTrusted() {
        assertThatThrownBy(() -> DriverManager.getConnection(
                                servers.jdbcUrl("verify-full", stranger.certificateFile()), credentials())
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("PKIX path")
                .satisfies(e -> assertThat(causes(e))
                        .anySatisfy(cause -> assertThat(cause).isInstanceOf(SSLHandshakeException.class)));
        assertThatThrownBy(() -> DriverManager.getConnection(
                                servers.jdbcUrl("verify-ca", stranger.certificateFile()), credentials())
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("PKIX path");
    }

    @Test
    void refusesRedisWhoseCertificateIsNotTrusted() {
        assertThatThrownBy(() -> RunningApp.start(dataDir, args(authority, stranger, TlsServers.REDIS_PASSWORD))
                        .close())
                .satisfies(e -> assertThat(causes(e))
                        .anySatisfy(cause -> assertThat(cause).isInstanceOf(SSLHandshakeException.class)))
                .satisfies(e -> assertThat(messages(e)).contains("Unable to connect to 127.0.0.1"));
    }

    @Test
    void refusesWrongRedisPasswordWithoutShowingIt() {
        String wrong = "wrong-" + TlsServers.REDIS_PASSWORD;
        assertThatThrownBy(() -> RunningApp.start(dataDir, args(authority, authority, wrong))
                        .close())
                .satisfies(e -> assertThat(messages(e)).contains("WRONGPASS").doesNotContain(wrong));
    }

    /** The application on both TLS servers, trusting {@code postgresCa} and {@code redisCa} respectively. */
    private static String[] args(
            TestCertificates postgresCa, TestCertificates redisCa, String redisPassword, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + servers.jdbcUrl("verify-full", postgresCa.certificateFile()),
                "--spring.datasource.username=" + TlsServers.DB_USER,
                "--spring.datasource.password=" + TlsServers.DB_PASSWORD,
                "--spring.data.redis.url=" + servers.redisUrl(redisPassword),
                "--spring.ssl.bundle.pem.redis.truststore.certificate=file:" + redisCa.certificateFile(),
                "--spring.data.redis.ssl.bundle=redis",
                "--frgm.history.enabled=false"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static Properties credentials() {
        Properties credentials = new Properties();
        credentials.setProperty("user", TlsServers.DB_USER);
        credentials.setProperty("password", TlsServers.DB_PASSWORD);
        return credentials;
    }

    private static RedisClient trustingRedisClient(TestCertificates ca) {
        RedisClient client = RedisClient.create(servers.redisUrl(TlsServers.REDIS_PASSWORD));
        client.setOptions(ClientOptions.builder()
                .sslOptions(SslOptions.builder()
                        .trustManager(ca.certificateFile().toFile())
                        .build())
                .build());
        return client;
    }

    private static HttpRequest get(String url) {
        String basic = RunningApp.OPERATOR + ":" + RunningApp.OPERATOR_PASSWORD;
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String messages(Throwable e) {
        return String.join("\n", causes(e).stream().map(String::valueOf).toList());
    }
}
