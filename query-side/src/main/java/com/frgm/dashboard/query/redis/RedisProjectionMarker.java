package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.query.rebuild.ProjectionMarker;
import io.lettuce.core.api.StatefulRedisConnection;

/** {@link ProjectionMarker} as the string {@code projection:marker}. */
final class RedisProjectionMarker implements ProjectionMarker {

    static final String KEY = "projection:marker";

    private final StatefulRedisConnection<String, String> connection;

    RedisProjectionMarker(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    @Override
    public boolean present() {
        return connection.sync().exists(KEY) == 1L;
    }

    @Override
    public void write(long position) {
        connection.sync().set(KEY, Long.toString(position));
    }
}
