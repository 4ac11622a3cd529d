package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.query.rebuild.ProjectionMarker;

/** {@link ProjectionMarker} as the string {@code projection:marker}. */
final class RedisProjectionMarker implements ProjectionMarker {

    static final String KEY = "projection:marker";

    private final RedisAccess connection;

    RedisProjectionMarker(RedisAccess connection) {
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
