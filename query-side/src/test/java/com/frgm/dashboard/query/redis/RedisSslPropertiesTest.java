package com.frgm.dashboard.query.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.NoSuchSslBundleException;

/** The trust of a rediss:// connection; that a bundle's CA is really used is TlsIT's. */
class RedisSslPropertiesTest {

    private final DefaultSslBundleRegistry bundles = new DefaultSslBundleRegistry();

    @Test
    void refusesBundleForPlainTextUrl() {
        assertThatThrownBy(() -> new RedisSslProperties("redis")
                .sslOptions(RedisURI.create("redis://:secret@127.0.0.1:6379"), bundles))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.data.redis.ssl.bundle is 'redis'")
                .hasMessageContaining("not rediss://")
                .hasMessageNotContaining("secret");
    }

    @Test
    void refusesUnknownBundle() {
        assertThatThrownBy(() -> new RedisSslProperties("nowhere")
                .sslOptions(RedisURI.create("rediss://127.0.0.1:6380"), bundles))
                .isInstanceOf(NoSuchSslBundleException.class)
                .hasMessageContaining("nowhere");
    }
}
