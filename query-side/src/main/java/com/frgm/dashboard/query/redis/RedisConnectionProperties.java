package com.frgm.dashboard.query.redis;

import io.lettuce.core.RedisURI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Redis is, under Spring Boot's own {@code spring.data.redis.*} keys (ADR 0026): one server at
 * {@code url}, or, when {@code cluster.nodes} is set, a Redis Cluster (MemoryDB) reached through any
 * of those {@code host:port} seeds, Lettuce finding the rest of the cluster by itself.
 *
 * @param url      {@code redis://[user:password@]host:port}, or {@code rediss://} for TLS; unused for a cluster
 * @param username ACL user, for a cluster or a URL that names none
 * @param password its password, likewise
 * @param cluster  the cluster's seed nodes; none for a single server
 * @param ssl      TLS on every connection ({@code ssl.enabled}), what a cluster's {@code host:port} seeds cannot say
 */
@ConfigurationProperties("spring.data.redis")
public record RedisConnectionProperties(String url, String username, String password, Cluster cluster, Ssl ssl) {

    /** @param nodes {@code host:port} of seed nodes (MemoryDB: the cluster configuration endpoint) */
    public record Cluster(List<String> nodes) {
    }

    /** @param enabled TLS even where no {@code rediss://} URL says so */
    public record Ssl(boolean enabled) {
    }

    /** Whether Redis is a cluster: {@code spring.data.redis.cluster.nodes} is set. */
    public boolean clustered() {
        return cluster != null && cluster.nodes() != null && cluster.nodes().stream().anyMatch(node -> !node.isBlank());
    }

    /** The single server's URI, credentials and TLS applied. */
    public RedisURI serverUri() {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Redis is not configured: set spring.data.redis.url (SPRING_DATA_REDIS_URL)"
                    + " or spring.data.redis.cluster.nodes (SPRING_DATA_REDIS_CLUSTER_NODES)");
        }
        return completed(RedisURI.create(url.trim()));
    }

    /** The cluster's seed nodes, each with the credentials and TLS. */
    public List<RedisURI> clusterUris() {
        return cluster.nodes().stream().map(String::trim).filter(node -> !node.isBlank())
                .map(RedisConnectionProperties::seed).map(this::completed).toList();
    }

    private static RedisURI seed(String node) {
        int colon = node.lastIndexOf(':');
        if (colon <= 0 || colon == node.length() - 1) {
            throw new IllegalStateException("spring.data.redis.cluster.nodes takes host:port entries, not '" + node + "'");
        }
        try {
            return RedisURI.create(node.substring(0, colon), Integer.parseInt(node.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("spring.data.redis.cluster.nodes: '" + node + "' has no numeric port", e);
        }
    }

    /** Without the password, nor a URL's, should it ever reach a log line (ADR 0021). */
    @Override
    public String toString() {
        return "RedisConnectionProperties[url=" + (url == null ? null : url.replaceAll("//[^@/]*@", "//***@"))
                + ", username=" + username + ", password=" + (password == null ? null : "***")
                + ", cluster=" + cluster + ", ssl=" + ssl + "]";
    }

    /** As Spring Boot does, a URL's own credentials win over the separate keys. */
    private RedisURI completed(RedisURI uri) {
        if (uri.getPassword() == null && password != null && !password.isEmpty()) {
            if (username != null && !username.isEmpty()) {
                uri.setUsername(username);
            }
            uri.setPassword(password.toCharArray());
        }
        if (ssl != null && ssl.enabled()) {
            uri.setSsl(true);
        }
        return uri;
    }
}
