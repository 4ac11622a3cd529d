package com.frgm.dashboard.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import redis.embedded.RedisServer;
import redis.embedded.core.PortProvider;

/**
 * The redis-server binary shipped inside codemonstur's embedded-redis jar, bound to 127.0.0.1 and
 * keeping an append-only file in its directory so the data survives restarts.
 */
final class EmbeddedRedisServer implements EmbeddedServer {

    private static final String HOST = "127.0.0.1";
    private static final String PID_FILE = "redis.pid";

    private final RedisServer redis;
    private final int port;
    private final Path dataDir;
    private final Log log;

    private EmbeddedRedisServer(RedisServer redis, int port, Path dataDir, Log log) {
        this.redis = redis;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    static EmbeddedRedisServer start(Path dataDir, Log log) throws IOException {
        Files.createDirectories(dataDir);
        Path pidFile = dataDir.resolve(PID_FILE);
        // Redis overwrites a pid file naming a dead or unrelated process, so only a live
        // redis-server left by a JVM killed with -9 needs handling.
        StaleProcess.terminateIfRunning(pidFile, "redis-server", dataDir, log);
        int port = PortProvider.newEphemeralPortProvider().get();
        RedisServer redis = RedisServer.newRedisServer()
                .bind(HOST)
                .port(port)
                .setting("dir " + quoted(dataDir))
                .setting("appendonly yes")
                .setting("appendfsync everysec")
                // Redis writes a pid file when not daemonized only if one is configured.
                .setting("pidfile " + quoted(pidFile))
                // The library reads redis' stdout only until "Ready to accept connections".
                // Undrained, the pipe fills with later log lines and redis blocks writing them.
                .soutListener(line -> log.debug("redis: " + line))
                .serrListener(line -> log.warn("redis: " + line))
                .build();
        redis.start();
        return new EmbeddedRedisServer(redis, port, dataDir, log);
    }

    /** Redis' config syntax: double quotes keep a path with spaces in one argument. */
    private static String quoted(Path path) {
        return '"' + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public Map<String, Object> connectionProperties() {
        return Map.of("spring.data.redis.url", url());
    }

    @Override
    public String howToConnect() {
        return "Embedded Redis at " + url() + ", data in " + dataDir + "; connect with: redis-cli -p " + port;
    }

    @Override
    public void stop() {
        if (!redis.isActive()) {
            return;
        }
        try {
            // SIGTERM, then wait: redis flushes the append-only file on the way out.
            redis.stop();
            log.info("Stopped the embedded Redis in " + dataDir);
        } catch (IOException e) {
            log.warn("Could not stop the embedded Redis in " + dataDir, e);
        }
    }

    private String url() {
        return "redis://" + HOST + ":" + port;
    }
}
