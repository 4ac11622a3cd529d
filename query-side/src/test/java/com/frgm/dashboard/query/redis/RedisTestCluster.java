package com.frgm.dashboard.query.redis;

import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import redis.embedded.RedisServer;

/**
 * A real Redis Cluster on this machine: {@code masters} redis-server processes (the embedded-redis
 * library's binary) in cluster mode on free ports, each given an equal share of the 16384 slots
 * (CLUSTER ADDSLOTS) and joined (CLUSTER MEET) through Lettuce, ready once every node reports
 * {@code cluster_state:ok}. No replicas: the tests are about slots, routing and pub/sub, not failover.
 */
public final class RedisTestCluster implements RedisTestServer {

    private static final String HOST = "127.0.0.1";
    private static final int SLOTS = 16384;
    /** Redis 6 listens for the cluster bus on the client port plus this; it cannot be set apart. */
    private static final int BUS_PORT_OFFSET = 10000;

    private final List<RedisServer> servers;
    private final List<Integer> ports;
    private final Path dir;

    private RedisTestCluster(List<RedisServer> servers, List<Integer> ports, Path dir) {
        this.servers = servers;
        this.ports = ports;
        this.dir = dir;
    }

    static RedisTestCluster start(int masters) {
        List<RedisServer> servers = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("frgm-redis-cluster");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RedisTestCluster cluster = new RedisTestCluster(servers, ports, dir);
        try {
            for (int i = 0; i < masters; i++) {
                int port = portWithFreeBusPort();
                RedisServer server = RedisServer.newRedisServer()
                        .port(port)
                        .setting("bind " + HOST)
                        .setting("cluster-enabled yes")
                        .setting("cluster-config-file nodes-" + port + ".conf")
                        .setting("dir \"" + dir + "\"")
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .soutListener(line -> {})
                        .build();
                server.start();
                servers.add(server);
                ports.add(port);
            }
            cluster.join();
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private void join() {
        RedisClient client = RedisClient.create();
        List<StatefulRedisConnection<String, String>> nodes = new ArrayList<>();
        try {
            for (int port : ports) {
                nodes.add(client.connect(RedisURI.create(HOST, port)));
            }
            int masters = nodes.size();
            for (int i = 0; i < masters; i++) {
                nodes.get(i)
                        .sync()
                        .clusterAddSlots(IntStream.range(i * SLOTS / masters, (i + 1) * SLOTS / masters)
                                .toArray());
            }
            for (int i = 1; i < masters; i++) {
                nodes.get(0).sync().clusterMeet(HOST, ports.get(i));
            }
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> nodes.stream()
                            .map(node -> node.sync().clusterInfo())
                            .allMatch(info -> info.contains("cluster_state:ok")
                                    && info.contains("cluster_known_nodes:" + masters)
                                    && info.contains("cluster_slots_assigned:" + SLOTS)));
        } finally {
            nodes.forEach(StatefulRedisConnection::close);
            client.shutdown();
        }
    }

    /** A free port whose bus port (plus 10000) is free too. */
    private static int portWithFreeBusPort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = RedisTestServer.freePort();
            if (port + BUS_PORT_OFFSET > 65535) {
                continue;
            }
            try (ServerSocket bus = new ServerSocket(port + BUS_PORT_OFFSET, 1, InetAddress.getByName(HOST))) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port pair (port, port + " + BUS_PORT_OFFSET + ") for a Redis Cluster node");
    }

    /** {@code host:port} of every master, comma-separated, as {@code spring.data.redis.cluster.nodes} takes them. */
    public String nodes() {
        return ports.stream().map(port -> HOST + ":" + port).collect(Collectors.joining(","));
    }

    /** How many keys each master holds, in port order: a test's keys did spread over the cluster. */
    public List<Long> keysPerNode() {
        RedisClient client = RedisClient.create();
        try {
            List<Long> counts = new ArrayList<>();
            for (int port : ports) {
                try (StatefulRedisConnection<String, String> node = client.connect(RedisURI.create(HOST, port))) {
                    counts.add(node.sync().dbsize());
                }
            }
            return counts;
        } finally {
            client.shutdown();
        }
    }

    @Override
    public RedisConnectionProperties properties() {
        return new RedisConnectionProperties(
                null, null, null, new RedisConnectionProperties.Cluster(List.of(nodes().split(","))), null);
    }

    @Override
    public List<String> applicationArguments() {
        return List.of("--spring.data.redis.cluster.nodes=" + nodes());
    }

    @Override
    public void close() {
        for (RedisServer server : servers) {
            try {
                server.stop();
            } catch (IOException e) {
                // the others must still stop
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }
}
