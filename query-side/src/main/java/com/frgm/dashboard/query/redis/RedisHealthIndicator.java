package com.frgm.dashboard.query.redis;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Redis is up when it answers PING within a second. */
class RedisHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final RedisAccess connection;

    RedisHealthIndicator(RedisAccess connection) {
        this.connection = connection;
    }

    @Override
    public Health health() {
        try {
            String pong = connection.async().ping().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().withDetail("ping", pong).build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }
}
