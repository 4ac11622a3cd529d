package com.frgm.dashboard.embedded;

import static com.frgm.dashboard.embedded.EmbeddedTestSupport.environment;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.isAlive;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.jdbc;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.pid;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.postProcess;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.redis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A JVM killed with -9 leaves its PostgreSQL and Redis running on the data directory. Here the
 * victim is a real second JVM ({@link AbandonedServersMain}), so locks and pids behave as they
 * do after a crash in production.
 */
class StaleServersIT {

    private static final String NOTE = "written before the crash";

    @TempDir
    Path dataDir;

    private final List<SpringApplication> applications = new ArrayList<>();
    private Process victim;

    @AfterEach
    void cleanUp() {
        applications.forEach(EmbeddedTestSupport::stopServers);
        if (victim != null) {
            victim.destroyForcibly();
            Log log = EmbeddedTestSupport.LOGS.getLog(StaleServersIT.class);
            StaleProcess.terminateIfRunning(postmasterPidFile(), "postgres", dataDir.resolve("postgres"), log);
            StaleProcess.terminateIfRunning(redisPidFile(), "redis-server", dataDir.resolve("redis"), log);
            StaleProcess.terminateIfRunning(dynoxidePidFile(), "dynoxide", dataDir.resolve("dynamodb"), log);
        }
    }

    @Test
    void stopsTheServersOfAKilledJvmAndStartsItsOwnOnTheSameData() throws Exception {
        Map<String, String> urls = startVictim();
        writeData(urls);
        long oldPostmaster = pid(postmasterPidFile());
        long oldRedis = pid(redisPidFile());
        long oldDynoxide = pid(dynoxidePidFile());

        victim.destroyForcibly().waitFor();
        assertThat(isAlive(oldPostmaster)).as("the servers outlive their JVM").isTrue();
        assertThat(isAlive(oldRedis)).isTrue();
        assertThat(isAlive(oldDynoxide)).isTrue();

        ConfigurableEnvironment environment = start();

        assertThat(isAlive(oldPostmaster)).isFalse();
        assertThat(isAlive(oldRedis)).isFalse();
        assertThat(isAlive(oldDynoxide)).isFalse();
        assertDataSurvived(environment);
        assertThat(EmbeddedTestSupport.dynamoDbTables(environment.getProperty("frgm.history.dynamodb-endpoint")))
                .containsExactly("survivor");
    }

    @Test
    void startsOverPidFilesWhoseServersDiedToo() throws Exception {
        Map<String, String> urls = startVictim();
        writeData(urls);
        ProcessHandle postmaster = ProcessHandle.of(pid(postmasterPidFile())).orElseThrow();
        ProcessHandle redisServer = ProcessHandle.of(pid(redisPidFile())).orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();

        victim.destroyForcibly().waitFor();
        postmaster.destroyForcibly();
        redisServer.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !postmaster.isAlive()
                        && !redisServer.isAlive()
                        && backends.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(postmasterPidFile()).as("left behind by SIGKILL").exists();

        assertDataSurvived(start());
    }

    @Test
    void refusesADataDirectoryThatARunningJvmUses() throws Exception {
        Map<String, String> urls = startVictim();

        assertThatThrownBy(this::start)
                .isInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessageContaining("in use by another running process (pid " + victim.pid() + " holds");
        assertThat(redis(urls.get("redis"), commands -> commands.ping()))
                .as("the other JVM's servers")
                .isEqualTo("PONG");
    }

    @Test
    void startsDespitePidFilesThatNameAnUnrelatedProcess() throws Exception {
        applications.add(postProcess(environment(dataDir)));
        applications.forEach(EmbeddedTestSupport::stopServers);
        // After a reboot the recorded pids may belong to anything, here this very JVM.
        String self = ProcessHandle.current().pid() + "\n";
        Files.writeString(postmasterPidFile(), self);
        Files.writeString(redisPidFile(), self);

        ConfigurableEnvironment environment = start();

        try (Connection connection = jdbc(environment);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
        assertThat(redis(environment.getProperty("spring.data.redis.url"), commands -> commands.ping()))
                .isEqualTo("PONG");
    }

    private Map<String, String> startVictim() throws IOException {
        Path output = dataDir.resolveSibling(dataDir.getFileName() + "-victim.log");
        victim = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AbandonedServersMain.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            assertThat(victim.isAlive()).as("victim JVM, see " + output).isTrue();
            return Files.readString(output).contains(AbandonedServersMain.PREFIX + "ready");
        });
        return Files.readAllLines(output).stream()
                .filter(line -> line.startsWith(AbandonedServersMain.PREFIX) && line.contains("="))
                .map(line ->
                        line.substring(AbandonedServersMain.PREFIX.length()).split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    private void writeData(Map<String, String> urls) throws Exception {
        try (Connection connection = DriverManager.getConnection(urls.get("postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survivor (note text)");
            statement.execute("INSERT INTO survivor VALUES ('" + NOTE + "')");
        }
        redis(urls.get("redis"), commands -> commands.set("survivor", NOTE));
        try (var dynamodb = EmbeddedTestSupport.dynamoDb(urls.get("dynamodb"))) {
            dynamodb.createTable(b -> b.tableName("survivor")
                    .billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                    .keySchema(k -> k.attributeName("id").keyType("HASH")));
        }
        // Redis writes the append-only file before it replies; only the fsync is deferred,
        // and a killed process does not lose what the kernel already has.
        Path aof = dataDir.resolve("redis").resolve("appendonly.aof");
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.readString(aof).contains(NOTE));
    }

    private static void assertDataSurvived(ConfigurableEnvironment environment) throws Exception {
        try (Connection connection = jdbc(environment);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT note FROM survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(NOTE);
        }
        assertThat(redis(environment.getProperty("spring.data.redis.url"), commands -> commands.get("survivor")))
                .isEqualTo(NOTE);
    }

    private ConfigurableEnvironment start() {
        ConfigurableEnvironment environment = environment(dataDir);
        applications.add(postProcess(environment));
        return environment;
    }

    private Path postmasterPidFile() {
        return dataDir.resolve("postgres").resolve("postmaster.pid");
    }

    private Path dynoxidePidFile() {
        return dataDir.resolve("dynamodb").resolve("dynoxide.pid");
    }

    private Path redisPidFile() {
        return dataDir.resolve("redis").resolve("redis.pid");
    }
}
