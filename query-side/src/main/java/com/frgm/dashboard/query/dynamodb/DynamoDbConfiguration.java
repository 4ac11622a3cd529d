package com.frgm.dashboard.query.dynamodb;

import com.frgm.dashboard.query.history.HistoryStore;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB client and history store. With {@code frgm.history.dynamodb-endpoint} set (the
 * embedded Dynoxide sets it) the client goes there; otherwise the SDK finds the endpoint itself
 * ({@code AWS_ENDPOINT_URL_DYNAMODB}, or AWS in the configured region).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "frgm.history.enabled", havingValue = "true", matchIfMissing = true)
class DynamoDbConfiguration {

    @Bean(destroyMethod = "close")
    DynamoDbClient historyDynamoDbClient(@Value("${frgm.history.dynamodb-endpoint:}") String endpoint,
                                         @Value("${frgm.history.embedded:false}") boolean embedded,
                                         @Value("${frgm.history.region:${AWS_REGION:us-east-1}}") String region) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(region))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(10)).build());
        if (StringUtils.hasText(endpoint)) {
            builder.endpointOverride(URI.create(endpoint));
        }
        if (embedded) {
            // Dynoxide checks that requests are signed, not by whom.
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        return builder.build();
    }

    @Bean
    HistoryStore historyStore(DynamoDbClient historyDynamoDbClient,
                              @Value("${frgm.history.env:${frgm.ingest.env:dev}}") String env,
                              @Value("${frgm.history.embedded:false}") boolean embedded,
                              @Value("${frgm.history.create-tables:}") String createTables,
                              @Value("${frgm.history.max-attempts:8}") int maxAttempts,
                              @Value("${frgm.history.backoff-base:25ms}") Duration backoffBase,
                              @Value("${frgm.history.backoff-max:2s}") Duration backoffMax) {
        boolean create = StringUtils.hasText(createTables) ? Boolean.parseBoolean(createTables) : embedded;
        DynamoDbTables.ensure(historyDynamoDbClient, env, create);
        return new DynamoDbHistoryStore(historyDynamoDbClient, env, new RetryPolicy(maxAttempts, backoffBase, backoffMax));
    }
}
