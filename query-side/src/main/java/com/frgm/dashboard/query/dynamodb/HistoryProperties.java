package com.frgm.dashboard.query.dynamodb;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The DynamoDB history ({@code frgm.history.*}, ADR 0009).
 *
 * @param enabled          the history projections run (dashboard role)
 * @param env              table name suffix ({@code ActantMarketData-{env}}); application.yml
 *                         defaults it to {@code frgm.ingest.env}
 * @param dynamodbEndpoint endpoint override; empty lets the SDK find it ({@code AWS_ENDPOINT_URL_DYNAMODB})
 * @param embedded         set by the embedded Dynoxide: local credentials, tables created
 * @param region           region of the client
 * @param createTables     create missing tables at start-up; null means "when embedded"
 * @param maxAttempts      BatchWriteItem attempts before an event is dead-lettered
 * @param backoffBase      first backoff (exponential, full jitter)
 * @param backoffMax       backoff ceiling
 */
@ConfigurationProperties("frgm.history")
public record HistoryProperties(
        Boolean enabled,
        String env,
        String dynamodbEndpoint,
        Boolean embedded,
        String region,
        Boolean createTables,
        Integer maxAttempts,
        Duration backoffBase,
        Duration backoffMax) {

    public HistoryProperties {
        enabled = enabled == null || enabled;
        env = env == null || env.isBlank() ? "dev" : env;
        dynamodbEndpoint = dynamodbEndpoint == null || dynamodbEndpoint.isBlank() ? null : dynamodbEndpoint.trim();
        embedded = embedded != null && embedded;
        region = region == null || region.isBlank() ? regionFromEnvironment() : region;
        createTables = createTables == null ? embedded : createTables;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        backoffBase = backoffBase == null ? Duration.ofMillis(25) : backoffBase;
        backoffMax = backoffMax == null ? Duration.ofSeconds(2) : backoffMax;
    }

    private static String regionFromEnvironment() {
        String region = System.getenv("AWS_REGION");
        return region == null || region.isBlank() ? "us-east-1" : region;
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, backoffBase, backoffMax);
    }
}
