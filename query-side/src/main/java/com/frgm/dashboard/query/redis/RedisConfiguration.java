package com.frgm.dashboard.query.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis through Lettuce, at the standard {@code spring.data.redis.url}. One connection serves
 * all writers and readers (Lettuce multiplexes and pipelines); the live listener opens its own
 * subscription connection. TLS as {@link RedisSslProperties} says: {@code rediss://}, or
 * {@code spring.data.redis.ssl.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisSslProperties.class)
public class RedisConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(@Value("${spring.data.redis.url}") String url, RedisSslProperties ssl, SslBundles bundles) {
        RedisClient client = RedisClient.create(ssl.applyTo(RedisURI.create(url)));
        client.setOptions(ClientOptions.builder().sslOptions(ssl.sslOptions(bundles)).build());
        return client;
    }

    @Bean(destroyMethod = "close")
    StatefulRedisConnection<String, String> redisConnection(RedisClient client) {
        return client.connect();
    }

    @Bean
    RedisLadderStore ladderStore(StatefulRedisConnection<String, String> connection) {
        return new RedisLadderStore(connection);
    }

    @Bean
    RedisWorkingOrderStore workingOrderStore(StatefulRedisConnection<String, String> connection) {
        return new RedisWorkingOrderStore(connection);
    }

    @Bean
    RedisPositionStore positionStore(StatefulRedisConnection<String, String> connection) {
        return new RedisPositionStore(connection);
    }

    @Bean
    RedisOperationsLogStore operationsLogStore(StatefulRedisConnection<String, String> connection) {
        return new RedisOperationsLogStore(connection);
    }

    @Bean
    RedisHealthIndicator redisHealthIndicator(StatefulRedisConnection<String, String> connection) {
        return new RedisHealthIndicator(connection);
    }
}
