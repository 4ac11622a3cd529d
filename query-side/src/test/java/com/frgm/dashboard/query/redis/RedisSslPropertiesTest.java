package com.frgm.dashboard.query.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisURI;
import io.lettuce.core.SslVerifyMode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.NoSuchSslBundleException;

/** When a Redis connection is TLS (Spring Boot's rule); that a bundle's CA is what is trusted is TlsIT's. */
class RedisSslPropertiesTest {

    @Test
    void usesTlsForRedissOrWhenEnabledOrWhenABundleIsNamed() {
        assertThat(tls(null, null, "rediss://127.0.0.1:6380")).isTrue();
        assertThat(tls(false, null, "rediss://127.0.0.1:6380")).as("the URL's scheme wins").isTrue();
        assertThat(tls(null, null, "redis://127.0.0.1:6379")).isFalse();
        assertThat(tls(true, null, "redis://127.0.0.1:6379")).isTrue();
        assertThat(tls(null, "redis", "redis://127.0.0.1:6379")).as("a bundle alone switches TLS on").isTrue();
        assertThat(tls(false, "redis", "redis://127.0.0.1:6379")).isFalse();
    }

    @Test
    void checksTheServersHostNameOverTls() {
        RedisURI uri = new RedisSslProperties(true, null).applyTo(RedisURI.create("redis://:secret@127.0.0.1:6379"));
        assertThat(uri.getVerifyMode()).isEqualTo(SslVerifyMode.FULL);
        assertThat(uri.getPassword()).isEqualTo("secret".toCharArray());
    }

    @Test
    void refusesUnknownBundle() {
        assertThatThrownBy(() -> new RedisSslProperties(null, "nowhere").sslOptions(new DefaultSslBundleRegistry()))
                .isInstanceOf(NoSuchSslBundleException.class)
                .hasMessageContaining("nowhere");
    }

    private static boolean tls(Boolean enabled, String bundle, String url) {
        return new RedisSslProperties(enabled, bundle).applyTo(RedisURI.create(url)).isSsl();
    }
}
