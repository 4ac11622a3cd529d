package com.frgm.dashboard.query.dynamodb;

import com.frgm.dashboard.query.history.HistoryStore;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
@EnableConfigurationProperties(HistoryProperties.class)
@ConditionalOnProperty(name = "frgm.history.enabled", havingValue = "true", matchIfMissing = true)
class DynamoDbConfiguration {

    @Bean(destroyMethod = "close")
    DynamoDbClient historyDynamoDbClient(HistoryProperties properties) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(properties.region()))
                .httpClient(UrlConnectionHttpClient.builder()
                        .socketTimeout(Duration.ofSeconds(10))
                        .build());
        if (properties.dynamodbEndpoint() != null) {
            builder.endpointOverride(URI.create(properties.dynamodbEndpoint()));
        }
        if (properties.embedded()) {
            // Dynoxide checks that requests are signed, not by whom.
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        return builder.build();
    }

    @Bean
    HistoryStore historyStore(DynamoDbClient historyDynamoDbClient, HistoryProperties properties) {
        DynamoDbTables.ensure(historyDynamoDbClient, properties.env(), properties.createTables());
        return new DynamoDbHistoryStore(historyDynamoDbClient, properties.env(), properties.retryPolicy());
    }
}
