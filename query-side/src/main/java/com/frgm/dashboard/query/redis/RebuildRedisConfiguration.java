package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.query.ladder.LadderProjection;
import com.frgm.dashboard.query.orders.WorkingOrdersProjection;
import com.frgm.dashboard.query.positions.PositionsProjection;
import com.frgm.dashboard.query.positions.PositionsProperties;
import com.frgm.dashboard.query.rebuild.ProjectionMarker;
import com.frgm.dashboard.query.rebuild.RebuildLock;
import com.frgm.dashboard.query.rebuild.RebuildTarget;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Redis read models that rebuild blue/green (ADR 0024): the same projection classes on the
 * same store adapters, writing under a version prefix, and the live keys each one owns.
 */
@Configuration(proxyBeanMethods = false)
class RebuildRedisConfiguration {

    /** A rebuild's lock lapses this long after its node stopped renewing it. */
    private static final Duration LOCK_TTL = Duration.ofSeconds(30);

    @Bean
    RebuildTarget ladderRebuildTarget(RedisAccess connection, RedisLadderStore live) {
        return new RedisRebuildTarget(
                LadderProjection.PROCESSING_GROUP,
                connection,
                live.keyspace(),
                List.of(RedisKeys.MARKET_PREFIX + "*", RedisKeys.LADDER_PREFIX + "*", RedisKeys.MARKET_LAST_UPDATE),
                keys -> new LadderProjection(new RedisLadderStore(connection, keys), storedAt -> {}),
                RedisKeys.LADDER_PREFIX,
                RedisKeys.LADDER_CHANNEL);
    }

    @Bean
    RebuildTarget ordersRebuildTarget(RedisAccess connection, RedisWorkingOrderStore live) {
        return new RedisRebuildTarget(
                WorkingOrdersProjection.PROCESSING_GROUP,
                connection,
                live.keyspace(),
                List.of(
                        RedisKeys.ORDERS_ACTIVE,
                        RedisKeys.ORDERS_BY_INSTRUMENT_PREFIX + "*",
                        RedisKeys.ORDERS_LAST_UPDATE),
                keys -> new WorkingOrdersProjection(new RedisWorkingOrderStore(connection, keys)),
                null,
                null);
    }

    @Bean
    RebuildTarget positionsRebuildTarget(
            RedisAccess connection, RedisPositionStore live, PositionsProperties properties) {
        return new RedisRebuildTarget(
                PositionsProjection.PROCESSING_GROUP,
                connection,
                live.keyspace(),
                List.of("positions:*"),
                keys -> new PositionsProjection(new RedisPositionStore(connection, keys), properties.businessZone()),
                null,
                null);
    }

    @Bean
    RebuildLock rebuildLock(RedisAccess connection) {
        return new RedisRebuildLock(connection, LOCK_TTL);
    }

    @Bean
    ProjectionMarker projectionMarker(RedisAccess connection) {
        return new RedisProjectionMarker(connection);
    }
}
