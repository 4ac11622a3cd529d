package com.frgm.dashboard.query.redis;

/** {@link RedisOrdersAndPositionsIT} on a real three-master Redis Cluster, as MemoryDB runs (ADR 0026). */
class RedisOrdersAndPositionsClusterIT extends RedisOrdersAndPositionsIT {

    @Override
    RedisTestServer startRedis() {
        return RedisTestServer.cluster(3);
    }
}
