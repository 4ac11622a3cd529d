package com.frgm.dashboard.query.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.SslOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * What a {@code rediss://} connection trusts ({@code spring.data.redis.ssl.*}, Spring Boot's own
 * key for it). The URL's scheme switches TLS on; the server's certificate is then checked, host
 * name included, against the JDK's trusted authorities or, with {@code bundle}, against the
 * certificates of that SSL bundle ({@code spring.ssl.bundle.pem.<name>.truststore.certificate}),
 * whose key store, if any, is the client certificate.
 *
 * @param bundle name of a Spring Boot SSL bundle; empty for the JDK's trusted authorities
 */
@ConfigurationProperties("spring.data.redis.ssl")
public record RedisSslProperties(String bundle) {

    /**
     * Lettuce's options for connections to {@code uri}. A bundle given for a {@code redis://}
     * URL would be silently unused, the connection in plain text: that stops the start instead.
     */
    public SslOptions sslOptions(RedisURI uri, SslBundles bundles) {
        if (bundle == null || bundle.isBlank()) {
            return SslOptions.create();
        }
        if (!uri.isSsl()) {
            throw new IllegalStateException("spring.data.redis.ssl.bundle is '" + bundle
                    + "' but the Redis URL is not rediss:// (TLS); use rediss://host:port");
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
}
