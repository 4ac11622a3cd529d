package com.frgm.dashboard.query.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.SslOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * TLS towards Redis, in Spring Boot's own keys ({@code spring.data.redis.ssl.*}) and by its
 * rule: a connection is TLS when the URL is {@code rediss://}, or {@code enabled} is true, or
 * (with {@code enabled} unset) a bundle is named. The server's certificate is checked, host name
 * included, against the JDK's trusted authorities or, with {@code bundle}, against that SSL
 * bundle's trust material ({@code spring.ssl.bundle.pem.<name>.truststore.certificate}); the
 * bundle's key store, if any, is the client certificate.
 *
 * @param enabled TLS even for a {@code redis://} URL; unset: whether a bundle is named
 * @param bundle  name of a Spring Boot SSL bundle; unset for the JDK's trusted authorities
 */
@ConfigurationProperties("spring.data.redis.ssl")
public record RedisSslProperties(Boolean enabled, String bundle) {

    /** {@code uri}, switched to TLS when these properties ask for it; a rediss:// URL stays TLS. */
    public RedisURI applyTo(RedisURI uri) {
        if (enabled != null ? enabled : hasBundle()) {
            uri.setSsl(true);
        }
        return uri;
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
