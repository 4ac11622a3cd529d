package com.frgm.dashboard.app.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Lets the application run with nothing but a JDK: when the configuration names no PostgreSQL
 * ({@code spring.datasource.url}) or no Redis ({@code spring.data.redis.url}), starts an embedded
 * one whose data lives under {@code frgm.data-dir} and points the application at it. A server
 * that is configured is never started.
 *
 * <p>Runs right after application.yml and the profiles are read, and before the context exists,
 * so that the servers' random ports can still go into the environment.
 */
public class EmbeddedServersPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIR = "frgm.data-dir";
    static final String DEFAULT_DATA_DIR = "./data";
    static final String DATASOURCE_URL = "spring.datasource.url";
    static final String REDIS_URL = "spring.data.redis.url";
    static final String PROPERTY_SOURCE = "frgmEmbeddedServers";
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
        boolean postgres = !StringUtils.hasText(environment.getProperty(DATASOURCE_URL));
        boolean redis = !StringUtils.hasText(environment.getProperty(REDIS_URL));
        boolean dynamodb = needsDynamoDb(environment);
        if (!postgres && !redis && !dynamodb) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty(DATA_DIR, DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
        List<SharedServers.Lease> leases = start(dataDir, postgres, redis, dynamodb);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (SharedServers.Lease lease : leases) {
            properties.putAll(lease.server().connectionProperties());
            log.info(lease.server().howToConnect());
        }
        // First, so that a username or password left in application.yml for an external
        // database cannot pair with the embedded one's URL.
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        application.addListeners(new EmbeddedServersLifecycle(application, leases));
    }

    /** The history projections run here and nothing names a DynamoDB endpoint. */
    static boolean needsDynamoDb(ConfigurableEnvironment environment) {
        return environment.getProperty("frgm.history.enabled", Boolean.class, true)
                && environment.getProperty("frgm.roles", "ingest,dashboard").contains("dashboard")
                && !StringUtils.hasText(environment.getProperty(EmbeddedDynoxideServer.ENDPOINT_PROPERTY))
                && !StringUtils.hasText(environment.getProperty(SDK_DYNAMODB_ENV))
                && !StringUtils.hasText(System.getProperty(SDK_DYNAMODB_PROPERTY));
    }

    private List<SharedServers.Lease> start(Path dataDir, boolean postgres, boolean redis, boolean dynamodb) {
        if (postgres || redis) {
            log.info("No " + (postgres && redis ? DATASOURCE_URL + " or " + REDIS_URL : postgres ? DATASOURCE_URL : REDIS_URL)
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
                leases.add(SharedServers.acquire(dir, () -> EmbeddedDynoxideServer.start(dir, dataDir.resolve("bin"), log)));
            }
            return leases;
        } catch (IOException | RuntimeException e) {
            leases.forEach(SharedServers.Lease::release);
            throw new IllegalStateException("Could not start the embedded servers in " + dataDir + " (set "
                    + DATASOURCE_URL + ", " + REDIS_URL + " and " + SDK_DYNAMODB_ENV + " to use external ones instead)", e);
        }
    }
}
