package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.query.rebuild.RebuildLock;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.UUID;

/** {@link RebuildLock} as a Redis key per projection holding this node's id, with a time to live. */
final class RedisRebuildLock implements RebuildLock {

    private static final String RENEW = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0
            """;
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

    private final RedisAccess connection;
    private final Duration ttl;
    private final String node = UUID.randomUUID().toString();

    RedisRebuildLock(RedisAccess connection, Duration ttl) {
        this.connection = connection;
        this.ttl = ttl;
    }

    private static String key(String projection) {
        return "projection:rebuild-lock:" + projection;
    }

    @Override
    public boolean acquire(String projection) {
        return "OK"
                .equals(connection
                        .sync()
                        .set(key(projection), node, SetArgs.Builder.nx().px(ttl.toMillis())));
    }

    @Override
    public boolean renew(String projection) {
        Long renewed = connection
                .sync()
                .eval(
                        RENEW,
                        ScriptOutputType.INTEGER,
                        new String[] {key(projection)},
                        node,
                        Long.toString(ttl.toMillis()));
        return renewed != null && renewed == 1L;
    }

    @Override
    public void release(String projection) {
        connection.sync().eval(RELEASE, ScriptOutputType.INTEGER, new String[] {key(projection)}, node);
    }

    @Override
    public boolean held(String projection) {
        return connection.sync().exists(key(projection)) == 1L;
    }
}
