package com.frgm.dashboard.query.redis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Redis side of the instruments, risk and limits read models, on the dashboard's one connection. */
@Configuration(proxyBeanMethods = false)
class RiskRedisConfiguration {

    @Bean
    RedisInstrumentStore instrumentStore(RedisAccess connection) {
        return new RedisInstrumentStore(connection);
    }

    @Bean
    RedisRiskBookStore riskBookStore(RedisAccess connection) {
        return new RedisRiskBookStore(connection);
    }

    @Bean
    RedisRiskLimitStore riskLimitStore(RedisAccess connection) {
        return new RedisRiskLimitStore(connection);
    }

    @Bean
    RedisPnlStore pnlStore(RedisAccess connection) {
        return new RedisPnlStore(connection);
    }
}
