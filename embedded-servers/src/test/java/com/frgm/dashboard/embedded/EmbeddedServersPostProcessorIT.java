package com.frgm.dashboard.embedded;

import static com.frgm.dashboard.embedded.EmbeddedTestSupport.environment;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.jdbc;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.postProcess;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.redis;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.stopServers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

class EmbeddedServersPostProcessorIT {

    @TempDir
    Path dataDir;

    private final List<SpringApplication> applications = new ArrayList<>();

    @AfterEach
    void stopAll() {
        applications.forEach(EmbeddedTestSupport::stopServers);
    }

    @Test
    void startsPostgresAndRedisWhenNeitherIsConfigured() throws Exception {
        ConfigurableEnvironment environment = start(environment(dataDir));

        assertThat(environment.getProperty("spring.datasource.url"))
                .matches("jdbc:postgresql://localhost:\\d+/postgres");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("postgres");
        assertThat(environment.getProperty("spring.datasource.password")).isEmpty();
        assertThat(environment.getProperty("spring.data.redis.url")).matches("redis://127\\.0\\.0\\.1:\\d+");
        try (Connection connection = jdbc(environment);
                Statement statement = connection.createStatement();
                ResultSet fsync = statement.executeQuery("SHOW fsync")) {
            fsync.next();
            assertThat(fsync.getString(1))
                    .as("zonky's -F must be overridden for a persistent database")
                    .isEqualTo("on");
        }
        assertThat(redis(environment.getProperty("spring.data.redis.url"), commands -> commands.ping()))
                .isEqualTo("PONG");
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
        assertThat(dataDir.resolve("redis").resolve("appendonly.aof")).exists();
        String dynamodb = environment.getProperty("frgm.history.dynamodb-endpoint");
        assertThat(dynamodb).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(environment.getProperty("frgm.history.embedded")).isEqualTo("true");
        assertThat(EmbeddedTestSupport.dynamoDbTables(dynamodb)).isEmpty();
        assertThat(dataDir.resolve("bin").resolve("dynoxide")).isExecutable();
        assertThat(dataDir.resolve("dynamodb").resolve("history.sqlite")).exists();
    }

    @Test
    void startsNoDynoxideWhenTheSdkHasAnEndpoint() {
        ConfigurableEnvironment environment = start(environment(
                dataDir,
                "spring.datasource.url",
                "jdbc:postgresql://db.example:5432/frgm",
                "spring.data.redis.url",
                "redis://cache.example:6379",
                "AWS_ENDPOINT_URL_DYNAMODB",
                "http://dynamodb.example:8000"));

        assertThat(environment.getProperty("frgm.history.dynamodb-endpoint")).isNull();
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void keepsTheDataAcrossAStopAndStartOnTheSameDirectory() throws Exception {
        ConfigurableEnvironment before = start(environment(dataDir));
        try (Connection connection = jdbc(before);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id int PRIMARY KEY, note text)");
            statement.execute("INSERT INTO kept VALUES (1, 'written before the restart')");
        }
        redis(
                before.getProperty("spring.data.redis.url"),
                commands -> commands.set("kept", "written before the restart"));
        applications.forEach(EmbeddedTestSupport::stopServers);

        ConfigurableEnvironment after = start(environment(dataDir));

        try (Connection connection = jdbc(after);
                Statement statement = connection.createStatement();
                ResultSet kept = statement.executeQuery("SELECT note FROM kept WHERE id = 1")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getString(1)).isEqualTo("written before the restart");
        }
        assertThat(redis(after.getProperty("spring.data.redis.url"), commands -> commands.get("kept")))
                .isEqualTo("written before the restart");
    }

    @Test
    void aRedisClustersNodesConfigureRedisAsAUrlDoes() {
        ConfigurableEnvironment environment = start(environment(
                dataDir,
                "spring.datasource.url",
                "jdbc:postgresql://db.example:5432/frgm",
                "spring.data.redis.cluster.nodes",
                "clustercfg.frgm.example:6379",
                "frgm.history.dynamodb-endpoint",
                "http://dynamodb.example:8000"));

        assertThat(environment.getProperty("spring.data.redis.url")).isNull();
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void startsNothingWhenBothUrlsAreConfigured() {
        ConfigurableEnvironment environment = environment(
                dataDir,
                "spring.datasource.url",
                "jdbc:postgresql://db.example:5432/frgm",
                "spring.data.redis.url",
                "redis://cache.example:6379",
                "frgm.history.dynamodb-endpoint",
                "http://dynamodb.example:8000");

        SpringApplication application = postProcess(environment);
        applications.add(application);

        assertThat(environment.getPropertySources().contains(EmbeddedServersPostProcessor.PROPERTY_SOURCE))
                .isFalse();
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example:5432/frgm");
        assertThat(application.getListeners()).noneMatch(EmbeddedServersLifecycle.class::isInstance);
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void refusesToStartWhenOneStoreIsConfiguredAndAnotherIsNot() {
        ConfigurableEnvironment environment = environment(
                dataDir,
                "spring.datasource.url",
                "jdbc:postgresql://db.example:5432/frgm",
                "frgm.history.enabled",
                "false");

        assertThatThrownBy(() -> postProcess(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATA_REDIS_URL")
                .hasMessageContaining("SPRING_DATA_REDIS_CLUSTER_NODES")
                .hasMessageNotContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("FRGM_LOCAL=true");
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void anIngestNodeNeedsOnlyItsDatabase() {
        ConfigurableEnvironment environment = environment(
                dataDir, "spring.datasource.url", "jdbc:postgresql://db.example:5432/frgm", "frgm.roles", "ingest");

        SpringApplication application = postProcess(environment);
        applications.add(application);

        assertThat(environment.getProperty("spring.data.redis.url")).isNull();
        assertThat(environment.getProperty("frgm.local")).isNull();
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void localModeAskedForStartsOnlyTheServerThatIsNotConfigured() {
        ConfigurableEnvironment environment = start(environment(
                dataDir,
                "spring.datasource.url",
                "jdbc:postgresql://db.example:5432/frgm",
                "spring.datasource.username",
                "frgm",
                "frgm.history.enabled",
                "false",
                "frgm.local",
                "true"));

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example:5432/frgm");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("frgm");
        assertThat(environment.getProperty("spring.data.redis.url")).startsWith("redis://127.0.0.1:");
        assertThat(environment.getProperty("frgm.local")).isEqualTo("true");
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    @Test
    void aSecondApplicationOnTheSameDirectorySharesTheRunningServers() {
        ConfigurableEnvironment first = start(environment(dataDir));
        ConfigurableEnvironment second = start(environment(dataDir));
        String redisUrl = first.getProperty("spring.data.redis.url");
        assertThat(second.getProperty("spring.data.redis.url")).isEqualTo(redisUrl);
        assertThat(second.getProperty("spring.datasource.url")).isEqualTo(first.getProperty("spring.datasource.url"));

        stopServers(applications.get(0));
        assertThat(redis(redisUrl, commands -> commands.ping()))
                .as("still used by the second")
                .isEqualTo("PONG");

        stopServers(applications.get(1));
        assertThat(accepts(EmbeddedTestSupport.port(redisUrl))).isFalse();
    }

    @Test
    void stoppingTwiceIsHarmless() {
        ConfigurableEnvironment environment = start(environment(dataDir));
        int redisPort = EmbeddedTestSupport.port(environment.getProperty("spring.data.redis.url"));

        stopServers(applications.get(0));
        stopServers(applications.get(0));
        SharedServers.stopAll();

        assertThat(accepts(redisPort)).isFalse();
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void namesTheDirectoryWhenAServerCannotStart() throws Exception {
        // A file where the postgres directory should be: initdb cannot create its cluster there.
        Files.writeString(dataDir.resolve("postgres"), "in the way");

        assertThatThrownBy(() -> start(environment(dataDir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dataDir.toString())
                .hasMessageContaining("spring.datasource.url");
        assertThat(dataDir.resolve("redis"))
                .as("nothing started after the failure")
                .doesNotExist();
    }

    private ConfigurableEnvironment start(ConfigurableEnvironment environment) {
        applications.add(postProcess(environment));
        return environment;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
