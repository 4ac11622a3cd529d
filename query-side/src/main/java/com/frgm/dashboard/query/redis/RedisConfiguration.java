package com.frgm.dashboard.query.redis;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis through Lettuce, at Spring Boot's standard keys ({@link RedisConnectionProperties}): a
 * single server at {@code spring.data.redis.url}, or a Redis Cluster when
 * {@code spring.data.redis.cluster.nodes} is set (ADR 0026), over TLS when {@code rediss://} or
 * {@code spring.data.redis.ssl.*} say so (ADR 0021). One connection serves all writers and
 * readers; the live listener opens its own subscription connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisConnectionProperties.class)
public class RedisConfiguration {

    @Bean(destroyMethod = "close")
    RedisAccess redisAccess(RedisConnectionProperties properties, SslBundles bundles) {
        return RedisAccess.open(properties, clientOptions(properties.ssl(), bundles));
    }

    /**
     * The options of either kind of client, so the SSL bundle's trust and client key serve the
     * single server and every node of a cluster alike; a cluster client adds its topology refresh.
     */
    static ClientOptions clientOptions(RedisConnectionProperties.Ssl ssl, SslBundles bundles) {
        return ClientOptions.builder().sslOptions(ssl.sslOptions(bundles)).build();
    }

    @Bean
    RedisLadderStore ladderStore(RedisAccess connection) {
        return new RedisLadderStore(connection);
    }

    @Bean
    RedisWorkingOrderStore workingOrderStore(RedisAccess connection) {
        return new RedisWorkingOrderStore(connection);
    }

    @Bean
    RedisPositionStore positionStore(RedisAccess connection) {
        return new RedisPositionStore(connection);
    }

    @Bean
    RedisOperationsLogStore operationsLogStore(RedisAccess connection) {
        return new RedisOperationsLogStore(connection);
    }

    @Bean
    RedisHealthIndicator redisHealthIndicator(RedisAccess connection) {
        return new RedisHealthIndicator(connection);
    }
}
