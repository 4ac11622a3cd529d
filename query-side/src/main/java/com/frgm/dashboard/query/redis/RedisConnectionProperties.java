package com.frgm.dashboard.query.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.SslOptions;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * Where Redis is and how it is reached, under Spring Boot's own {@code spring.data.redis.*} keys
 * (ADR 0026, ADR 0021): one server at {@code url}, or, when {@code cluster.nodes} is set, a Redis
 * Cluster (MemoryDB) reached through any of those {@code host:port} seeds, Lettuce finding the rest
 * of the cluster by itself; TLS as {@link Ssl} says.
 *
 * @param url      {@code redis://[user:password@]host:port}, or {@code rediss://} for TLS; unused for a cluster
 * @param username ACL user, for a cluster or a URL that names none
 * @param password its password, likewise
 * @param cluster  the cluster's seed nodes; none for a single server
 * @param ssl      TLS on every connection and whom to trust; never null
 */
@ConfigurationProperties("spring.data.redis")
public record RedisConnectionProperties(String url, String username, String password, Cluster cluster, Ssl ssl) {

    public RedisConnectionProperties {
        ssl = ssl == null ? new Ssl(null, null) : ssl;
    }

    /** @param nodes {@code host:port} of seed nodes (MemoryDB: the cluster configuration endpoint) */
    public record Cluster(List<String> nodes) {}

    /**
     * TLS by Spring Boot's rule: a connection is TLS when the URL is {@code rediss://}, or
     * {@code enabled} is true, or (with {@code enabled} unset) a bundle is named; a cluster's
     * {@code host:port} seeds have only the last two. The server's certificate is checked, host
     * name included, against the JDK's trusted authorities or, with {@code bundle}, against that
     * SSL bundle's trust material ({@code spring.ssl.bundle.pem.<name>.truststore.certificate});
     * the bundle's key store, if any, is the client certificate.
     *
     * @param enabled TLS even where no {@code rediss://} URL says so; unset: whether a bundle is named
     * @param bundle  name of a Spring Boot SSL bundle; unset for the JDK's trusted authorities
     */
    public record Ssl(Boolean enabled, String bundle) {

        /** Whether these keys switch TLS on (a {@code rediss://} URL is TLS regardless). */
        public boolean on() {
            return enabled != null ? enabled : hasBundle();
        }

        /** Lettuce's options for TLS connections: the bundle's managers, or the JDK's defaults. */
        public SslOptions sslOptions(SslBundles bundles) {
            if (!hasBundle()) {
                return SslOptions.create();
            }
            SslBundle ssl = bundles.getBundle(bundle);
            SslOptions.Builder options = SslOptions.builder()
                    .trustManager(ssl.getManagers().getTrustManagerFactory())
                    .keyManager(ssl.getManagers().getKeyManagerFactory());
            if (ssl.getOptions().getCiphers() != null) {
                options.cipherSuites(ssl.getOptions().getCiphers());
            }
            if (ssl.getOptions().getEnabledProtocols() != null) {
                options.protocols(ssl.getOptions().getEnabledProtocols());
            }
            return options.build();
        }

        private boolean hasBundle() {
            return bundle != null && !bundle.isBlank();
        }
    }

    /** Whether Redis is a cluster: {@code spring.data.redis.cluster.nodes} is set. */
    public boolean clustered() {
        return cluster != null
                && cluster.nodes() != null
                && cluster.nodes().stream().anyMatch(node -> !node.isBlank());
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
        return cluster.nodes().stream()
                .map(String::trim)
                .filter(node -> !node.isBlank())
                .map(RedisConnectionProperties::seed)
                .map(this::completed)
                .toList();
    }

    private static RedisURI seed(String node) {
        int colon = node.lastIndexOf(':');
        if (colon <= 0 || colon == node.length() - 1) {
            throw new IllegalStateException(
                    "spring.data.redis.cluster.nodes takes host:port entries, not '" + node + "'");
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

    /** As Spring Boot does, a URL's own credentials win over the separate keys, and its rediss:// stays TLS. */
    private RedisURI completed(RedisURI uri) {
        if (uri.getPassword() == null && password != null && !password.isEmpty()) {
            if (username != null && !username.isEmpty()) {
                uri.setUsername(username);
            }
            uri.setPassword(password.toCharArray());
        }
        if (ssl.on()) {
            uri.setSsl(true);
        }
        return uri;
    }
}
