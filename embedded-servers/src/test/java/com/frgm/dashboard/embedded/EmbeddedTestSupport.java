package com.frgm.dashboard.embedded;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Runs the post-processor the way Spring Boot does, without booting a context. */
final class EmbeddedTestSupport {

    /** Logs straight away: outside Spring Boot nobody replays deferred lines. */
    static final DeferredLogFactory LOGS = Supplier::get;

    private EmbeddedTestSupport() {}

    static ConfigurableEnvironment environment(Path dataDir, String... keyValues) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(EmbeddedServersPostProcessor.DATA_DIR, dataDir.toString());
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    /** Post-processes {@code environment}; stop its servers with {@link #stopServers}. */
    static SpringApplication postProcess(ConfigurableEnvironment environment) {
        SpringApplication application = new SpringApplication();
        new EmbeddedServersPostProcessor(LOGS).postProcessEnvironment(environment, application);
        return application;
    }

    /** The table names of the DynamoDB-compatible server at {@code endpoint}. */
    static java.util.List<String> dynamoDbTables(String endpoint) {
        try (software.amazon.awssdk.services.dynamodb.DynamoDbClient client = dynamoDb(endpoint)) {
            return client.listTables().tableNames();
        }
    }

    static software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamoDb(String endpoint) {
        return software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
                .endpointOverride(java.net.URI.create(endpoint))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local", "local")))
                .build();
    }

    /** What the closing context would do; harmless when called again. */
    static void stopServers(SpringApplication application) {
        application.getListeners().stream()
                .filter(EmbeddedServersLifecycle.class::isInstance)
                .map(EmbeddedServersLifecycle.class::cast)
                .forEach(EmbeddedServersLifecycle::release);
    }

    static Connection jdbc(ConfigurableEnvironment environment) throws SQLException {
        return DriverManager.getConnection(
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    /** Runs one exchange with the Redis at {@code url} and returns its reply. */
    static String redis(String url, Function<RedisCommands<String, String>, String> commands) {
        RedisClient client = RedisClient.create(url);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return commands.apply(connection.sync());
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    static int port(String url) {
        return URI.create(url.replaceFirst("^jdbc:", "")).getPort();
    }

    static long pid(Path pidFile) {
        return StaleProcess.readPid(pidFile).orElseThrow(() -> new AssertionError("no pid in " + pidFile));
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
