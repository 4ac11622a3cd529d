package com.frgm.dashboard.query.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The dashboard's one connection to Redis, a single server or a Redis Cluster (MemoryDB), and
 * where its subscriptions come from (ADR 0026). Stores see only the commands both kinds share;
 * on a cluster Lettuce sends each keyed command to its slot's master, follows MOVED and ASK, and
 * runs SCAN, KEYS, MGET, UNLINK, FLUSHALL and SCRIPT LOAD across the masters. One connection
 * serves every writer and reader (Lettuce multiplexes and pipelines).
 */
public final class RedisAccess implements AutoCloseable {

    /**
     * A cluster's map of slots is refreshed when Redis says it changed (MOVED, ASK, reconnects: a
     * failover or a resharding) and every 30 s besides.
     */
    private static final ClusterTopologyRefreshOptions TOPOLOGY = ClusterTopologyRefreshOptions.builder()
            .enableAllAdaptiveRefreshTriggers()
            .enablePeriodicRefresh(Duration.ofSeconds(30))
            .build();

    private final AbstractRedisClient client;
    private final StatefulConnection<String, String> connection;
    private final RedisClusterCommands<String, String> sync;
    private final RedisClusterAsyncCommands<String, String> async;
    private final Supplier<StatefulRedisPubSubConnection<String, String>> subscriptions;
    private final boolean cluster;

    private RedisAccess(
            AbstractRedisClient client,
            StatefulConnection<String, String> connection,
            RedisClusterCommands<String, String> sync,
            RedisClusterAsyncCommands<String, String> async,
            Supplier<StatefulRedisPubSubConnection<String, String>> subscriptions,
            boolean cluster) {
        this.client = client;
        this.connection = connection;
        this.sync = sync;
        this.async = async;
        this.subscriptions = subscriptions;
        this.cluster = cluster;
    }

    /** Connects as {@code properties} say, with {@code options} on either kind of client. */
    public static RedisAccess open(RedisConnectionProperties properties, ClientOptions options) {
        if (properties.clustered()) {
            RedisClusterClient client = RedisClusterClient.create(properties.clusterUris());
            client.setOptions(clusterOptions(options));
            return cluster(client);
        }
        RedisClient client = RedisClient.create(properties.serverUri());
        client.setOptions(options);
        return standalone(client);
    }

    /** {@code options} (TLS trust included, for every node) plus the cluster's topology refresh. */
    static ClusterClientOptions clusterOptions(ClientOptions options) {
        return ClusterClientOptions.builder(options)
                .topologyRefreshOptions(TOPOLOGY)
                .build();
    }

    /** A connection of {@code client}, which it shuts down when closed. */
    public static RedisAccess standalone(RedisClient client) {
        try {
            StatefulRedisConnection<String, String> connection = client.connect();
            return new RedisAccess(
                    client, connection, connection.sync(), connection.async(), client::connectPubSub, false);
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    /** A cluster connection of {@code client}, which it shuts down when closed. */
    public static RedisAccess cluster(RedisClusterClient client) {
        try {
            StatefulRedisClusterConnection<String, String> connection = client.connect();
            return new RedisAccess(
                    client, connection, connection.sync(), connection.async(), client::connectPubSub, true);
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    public RedisClusterCommands<String, String> sync() {
        return sync;
    }

    public RedisClusterAsyncCommands<String, String> async() {
        return async;
    }

    /**
     * A new subscription connection. Plain PUBLISH reaches every node of a cluster, so a
     * subscription on one node hears what any node publishes; Lettuce subscribes again after a reconnect.
     */
    public StatefulRedisPubSubConnection<String, String> connectPubSub() {
        return subscriptions.get();
    }

    public boolean isCluster() {
        return cluster;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            client.shutdown();
        }
    }
}
