package com.frgm.dashboard.app.it;

import com.frgm.dashboard.app.history.FlakyDynamoDbClient;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Puts a {@link FlakyDynamoDbClient} around the application's DynamoDB client, for the test to steer. */
@TestConfiguration(proxyBeanMethods = false)
class FlakyDynamoDbConfiguration {

    static volatile FlakyDynamoDbClient client;

    @Bean
    static BeanPostProcessor flakyHistoryClient() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DynamoDbClient real && "historyDynamoDbClient".equals(name)) {
                    client = new FlakyDynamoDbClient(real);
                    return client;
                }
                return bean;
            }
        };
    }
}
