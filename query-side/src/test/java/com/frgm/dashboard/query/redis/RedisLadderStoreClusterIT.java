package com.frgm.dashboard.query.redis;

/** {@link RedisLadderStoreIT} on a real three-master Redis Cluster, as MemoryDB runs (ADR 0026). */
class RedisLadderStoreClusterIT extends RedisLadderStoreIT {

    @Override
    RedisTestServer startRedis() {
        return RedisTestServer.cluster(3);
    }
}
