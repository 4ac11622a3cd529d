package com.frgm.dashboard.ingest.tt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Secrets Manager's GetSecretValue JSON protocol on a local port, reached through the real SDK client. */
class TtCredentialsSourceTest {

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> targets = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile String secretString =
            "{\"api_key\":\"" + TtStub.API_KEY + "\",\"api_secret\":\"" + TtStub.API_SECRET + "\"}";
    private HttpServer secretsManager;

    @TempDir
    Path tempDir;

    @BeforeEach
    void startSecretsManager() throws Exception {
        secretsManager = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        secretsManager.createContext("/", ex -> {
            targets.add(ex.getRequestHeaders().getFirst("X-Amz-Target"));
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = json.writeValueAsBytes(java.util.Map.of(
                    "ARN",
                    "arn:aws:secretsmanager:us-east-1:0:secret:tt",
                    "Name",
                    "frgm/tt",
                    "SecretString",
                    secretString,
                    "VersionId",
                    "v1"));
            ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            ex.sendResponseHeaders(200, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        secretsManager.start();
    }

    @AfterEach
    void stop() {
        secretsManager.stop(0);
    }

    private SecretsManagerClient client() {
        return SecretsManagerClient.builder()
                .endpointOverride(URI.create(
                        "http://127.0.0.1:" + secretsManager.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Test
    void readsKeyAndSecretFromTheNamedSecret() {
        TtCredentials credentials =
                TtCredentialsSource.fromSecret("frgm/tt", this::client, json).get();

        assertThat(credentials.apiKey()).isEqualTo(TtStub.API_KEY);
        assertThat(credentials.apiSecret()).isEqualTo(TtStub.API_SECRET);
        assertThat(targets).containsExactly("secretsmanager.GetSecretValue");
        assertThat(bodies.get(0)).contains("\"SecretId\":\"frgm/tt\"");
    }

    @Test
    void thePollerLogsInWithTheSecretsCredentials() throws Exception {
        try (TtPollerFixture f = new TtPollerFixture(tempDir)) {
            TtPollerProperties properties = new TtPollerProperties(
                    f.stub.baseUrl(),
                    TtStub.ENV,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "frgm/tt",
                    null,
                    Duration.ofSeconds(5),
                    null,
                    null,
                    null,
                    null);
            TtSnapshotPoller poller = f.poller(properties, TtCredentialsSource.from(properties, this::client, json));

            assertThat(poller.pollOnce()).isPresent();

            TtStub.Request token = f.stub.requests("/token").get(0);
            assertThat(URLDecoder.decode(token.body(), StandardCharsets.UTF_8))
                    .endsWith("app_key=" + TtStub.API_KEY + ":" + TtStub.API_SECRET);
            assertThat(targets).hasSize(1); // read once, then cached
        }
    }

    @Test
    void aSecretWithoutTheFieldsFailsWithoutShowingIt() {
        secretString = "{\"key\":\"top-secret-value\"}";

        assertThatThrownBy(() -> TtCredentialsSource.fromSecret("frgm/tt", this::client, json)
                        .get())
                .hasMessageContaining("frgm/tt")
                .hasMessageNotContaining("top-secret-value");
    }

    @Test
    void aSecretThatIsNotJsonFailsWithoutShowingIt() {
        secretString = "top-secret-value";

        assertThatThrownBy(() -> TtCredentialsSource.fromSecret("frgm/tt", this::client, json)
                        .get())
                .hasMessageContaining("not JSON")
                .hasMessageNotContaining("top-secret-value");
    }

    @Test
    void environmentCredentialsWinAndNeitherIsAStartupError() {
        TtPollerProperties both = new TtPollerProperties(
                URI.create("http://tt"),
                null,
                null,
                null,
                null,
                null,
                "k",
                "s",
                "frgm/tt",
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(TtCredentialsSource.from(
                                both,
                                () -> {
                                    throw new AssertionError("Secrets Manager must not be asked");
                                },
                                json)
                        .get())
                .isEqualTo(new TtCredentials("k", "s"));

        TtPollerProperties none = new TtPollerProperties(
                URI.create("http://tt"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> TtCredentialsSource.from(none, this::client, json))
                .hasMessageContaining("FRGM_TT_API_KEY")
                .hasMessageContaining("FRGM_TT_SECRET_NAME");
    }

    @Test
    void neitherCredentialsNorPropertiesPrintTheSecret() {
        assertThat(new TtCredentials("my-key", "my-secret").toString()).doesNotContain("my-key", "my-secret");
        TtPollerProperties properties = new TtPollerProperties(
                URI.create("http://tt"),
                null,
                null,
                null,
                null,
                null,
                "my-key",
                "my-secret",
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(properties.toString()).doesNotContain("my-key", "my-secret");
    }
}
