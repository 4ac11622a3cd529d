package com.frgm.dashboard.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Lets the application run with nothing but a JDK, and fails closed everywhere else. In local
 * mode, embedded servers start for every store the node's roles need and nothing names (their
 * data under {@code frgm.data-dir}), and the application is pointed at them. Local mode is
 * {@code frgm.local} ({@code FRGM_LOCAL}) when set, and otherwise holds exactly when no store at
 * all is configured: the README's run command. Outside it, a store the roles need and nothing
 * names stops the start with the setting's name, so that a node configured for a shared
 * PostgreSQL can never quietly write to a private Redis beside it. The mode is published as
 * {@code frgm.local=true} for what only a local run may do (the demo feed).
 *
 * <p>Runs right after application.yml and the profiles are read, and before the context exists,
 * so that the servers' random ports can still go into the environment.
 */
public class EmbeddedServersPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIR = "frgm.data-dir";
    static final String DEFAULT_DATA_DIR = "./data";
    static final String DATASOURCE_URL = "spring.datasource.url";
    static final String REDIS_URL = "spring.data.redis.url";
    /** A Redis Cluster's seeds (MemoryDB); Redis is configured when either key is (ADR 0026). */
    static final String REDIS_CLUSTER_NODES = "spring.data.redis.cluster.nodes";

    static final String PROPERTY_SOURCE = "frgmEmbeddedServers";
    static final String LOCAL = "frgm.local";
    // What the AWS SDK itself reads for the DynamoDB endpoint, besides our own property.
    static final String SDK_DYNAMODB_ENV = "AWS_ENDPOINT_URL_DYNAMODB";
    static final String SDK_DYNAMODB_PROPERTY = "aws.endpointUrlDynamoDb";

    // The logging system is not configured yet; this log replays once it is.
    private final Log log;

    public EmbeddedServersPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedServersPostProcessor.class);
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean dashboard = runsDashboard(environment);
        boolean postgres = !StringUtils.hasText(environment.getProperty(DATASOURCE_URL));
        boolean redis = dashboard && !redisConfigured(environment);
        boolean dynamodb = needsDynamoDb(environment);
        boolean nothingConfigured =
                postgres && !redisConfigured(environment) && !dynamoDbEndpointConfigured(environment);
        boolean local = environment.getProperty(LOCAL, Boolean.class, nothingConfigured);
        if (!local) {
            requireConfigured(postgres, redis, dynamodb);
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(LOCAL, "true");
        if (postgres || redis || dynamodb) {
            Path dataDir = Path.of(environment.getProperty(DATA_DIR, DEFAULT_DATA_DIR))
                    .toAbsolutePath()
                    .normalize();
            List<SharedServers.Lease> leases = start(dataDir, postgres, redis, dynamodb);
            for (SharedServers.Lease lease : leases) {
                properties.putAll(lease.server().connectionProperties());
                log.info(lease.server().howToConnect());
            }
            application.addListeners(new EmbeddedServersLifecycle(application, leases));
        }
        // First, so that a username or password left in application.yml for an external
        // database cannot pair with the embedded one's URL.
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    private static void requireConfigured(boolean postgres, boolean redis, boolean dynamodb) {
        List<String> missing = new ArrayList<>();
        if (postgres) {
            missing.add("SPRING_DATASOURCE_URL (" + DATASOURCE_URL + ")");
        }
        if (redis) {
            missing.add("SPRING_DATA_REDIS_URL (" + REDIS_URL + ") or SPRING_DATA_REDIS_CLUSTER_NODES ("
                    + REDIS_CLUSTER_NODES + ")");
        }
        if (dynamodb) {
            missing.add(SDK_DYNAMODB_ENV + " (" + EmbeddedDynoxideServer.ENDPOINT_PROPERTY
                    + "), or frgm.history.enabled=false");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "Some stores are configured and these are not: " + String.join(", ", missing)
                            + ". Embedded servers start only when none is configured, or with FRGM_LOCAL=true.");
        }
    }

    /** The history projections run here and nothing names a DynamoDB endpoint. */
    static boolean needsDynamoDb(ConfigurableEnvironment environment) {
        return environment.getProperty("frgm.history.enabled", Boolean.class, true)
                && runsDashboard(environment)
                && !dynamoDbEndpointConfigured(environment);
    }

    /**
     * Only the dashboard role needs Redis and DynamoDB. The application validates the roles and
     * decides what runs in each; this only asks which stores to start.
     */
    private static boolean runsDashboard(ConfigurableEnvironment environment) {
        return Arrays.stream(environment
                        .getProperty("frgm.roles", "ingest,dashboard")
                        .split(","))
                .anyMatch(role -> role.trim().equalsIgnoreCase("dashboard"));
    }

    /** A URL, or cluster nodes in any form Spring binds (a comma-separated value, a YAML list). */
    private static boolean redisConfigured(ConfigurableEnvironment environment) {
        return StringUtils.hasText(environment.getProperty(REDIS_URL))
                || Binder.get(environment)
                        .bind(REDIS_CLUSTER_NODES, Bindable.listOf(String.class))
                        .map(nodes -> nodes.stream().anyMatch(StringUtils::hasText))
                        .orElse(false);
    }

    private static boolean dynamoDbEndpointConfigured(ConfigurableEnvironment environment) {
        return StringUtils.hasText(environment.getProperty(EmbeddedDynoxideServer.ENDPOINT_PROPERTY))
                || StringUtils.hasText(environment.getProperty(SDK_DYNAMODB_ENV))
                || StringUtils.hasText(System.getProperty(SDK_DYNAMODB_PROPERTY));
    }

    private List<SharedServers.Lease> start(Path dataDir, boolean postgres, boolean redis, boolean dynamodb) {
        if (postgres || redis) {
            log.info("No "
                    + (postgres && redis ? DATASOURCE_URL + " or " + REDIS_URL : postgres ? DATASOURCE_URL : REDIS_URL)
                    + " configured: using embedded servers with their data in " + dataDir);
        }
        List<SharedServers.Lease> leases = new ArrayList<>();
        try {
            if (postgres) {
                Path dir = dataDir.resolve("postgres");
                leases.add(SharedServers.acquire(dir, () -> EmbeddedPostgresServer.start(dir, log)));
            }
            if (redis) {
                Path dir = dataDir.resolve("redis");
                leases.add(SharedServers.acquire(dir, () -> EmbeddedRedisServer.start(dir, log)));
            }
            if (dynamodb) {
                log.info("No " + SDK_DYNAMODB_ENV + " configured: using an embedded Dynoxide for the history tables");
                Path dir = dataDir.resolve("dynamodb");
                leases.add(SharedServers.acquire(
                        dir, () -> EmbeddedDynoxideServer.start(dir, dataDir.resolve("bin"), log)));
            }
            return leases;
        } catch (IOException | RuntimeException e) {
            leases.forEach(SharedServers.Lease::release);
            throw new IllegalStateException(
                    "Could not start the embedded servers in " + dataDir + " (set " + DATASOURCE_URL + ", " + REDIS_URL
                            + " and " + SDK_DYNAMODB_ENV + " to use external ones instead)",
                    e);
        }
    }
}
