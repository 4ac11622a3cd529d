package com.frgm.dashboard.query.redis;

import io.lettuce.core.ClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A Redis the tests start on free ports, never the machine's own: one server, or a Redis Cluster
 * like MemoryDB ({@link RedisTestCluster}). Shared with the app module's tests through the test-jar.
 */
public interface RedisTestServer extends AutoCloseable {

    /** Where it is, as the application's {@code spring.data.redis.*} keys would say. */
    RedisConnectionProperties properties();

    /** The application arguments that point the dashboard at it. */
    List<String> applicationArguments();

    /** A connection of the kind the application opens for it. */
    default RedisAccess connect() {
        return RedisAccess.open(properties(), ClientOptions.create());
    }

    @Override
    void close();

    /** One embedded redis-server on a free port, without persistence. */
    static RedisTestServer standalone() {
        return StandaloneTestRedis.start();
    }

    /** A Redis Cluster of {@code masters} masters sharing the 16384 slots, ready to serve. */
    static RedisTestCluster cluster(int masters) {
        return RedisTestCluster.start(masters);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
