package com.frgm.dashboard.query.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Redis side of the instruments, risk and limits read models, on the dashboard's one connection. */
@Configuration(proxyBeanMethods = false)
class RiskRedisConfiguration {

    @Bean
    RedisInstrumentStore instrumentStore(StatefulRedisConnection<String, String> connection) {
        return new RedisInstrumentStore(connection);
    }

    @Bean
    RedisRiskBookStore riskBookStore(StatefulRedisConnection<String, String> connection) {
        return new RedisRiskBookStore(connection);
    }

    @Bean
    RedisRiskLimitStore riskLimitStore(StatefulRedisConnection<String, String> connection) {
        return new RedisRiskLimitStore(connection);
    }

    @Bean
    RedisPnlStore pnlStore(StatefulRedisConnection<String, String> connection) {
        return new RedisPnlStore(connection);
    }
}
