package com.frgm.dashboard.query.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import redis.embedded.RedisServer;

/** The embedded-redis library's redis-server alone on a free port. */
final class StandaloneTestRedis implements RedisTestServer {

    private final RedisServer server;
    private final String url;

    private StandaloneTestRedis(RedisServer server, String url) {
        this.server = server;
        this.url = url;
    }

    static StandaloneTestRedis start() {
        int port = RedisTestServer.freePort();
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .setting("bind 127.0.0.1")
                    .setting("save \"\"")
                    .soutListener(line -> {})
                    .build();
            server.start();
            return new StandaloneTestRedis(server, "redis://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RedisConnectionProperties properties() {
        return new RedisConnectionProperties(url, null, null, null, null);
    }

    @Override
    public List<String> applicationArguments() {
        return List.of("--spring.data.redis.url=" + url);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
