package com.frgm.dashboard.query.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SslVerifyMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.NoSuchSslBundleException;

/**
 * Spring Boot's {@code spring.data.redis.*} keys as the application reads them: server or cluster,
 * credentials, and when a connection is TLS; that a bundle's CA is what is trusted is TlsIT's.
 */
class RedisConnectionPropertiesTest {

    @Test
    void clusterNodesMakeItACluster() {
        RedisConnectionProperties properties = bind(Map.of(
                "spring.data.redis.cluster.nodes",
                "clustercfg.frgm.example:6379, other.example:6380",
                "spring.data.redis.username",
                "dashboard",
                "spring.data.redis.password",
                "secret",
                "spring.data.redis.ssl.enabled",
                "true"));

        assertThat(properties.clustered()).isTrue();
        List<RedisURI> seeds = properties.clusterUris();
        assertThat(seeds).extracting(RedisURI::getHost).containsExactly("clustercfg.frgm.example", "other.example");
        assertThat(seeds).extracting(RedisURI::getPort).containsExactly(6379, 6380);
        assertThat(seeds).allSatisfy(seed -> {
            assertThat(seed.isSsl()).isTrue();
            assertThat(seed.getUsername()).isEqualTo("dashboard");
            assertThat(seed.getPassword()).isEqualTo("secret".toCharArray());
        });
    }

    @Test
    void aUrlAloneIsOneServerAndItsOwnCredentialsWin() {
        RedisConnectionProperties properties = bind(Map.of(
                "spring.data.redis.url", "redis://me:mine@cache.example:6379", "spring.data.redis.password", "other"));

        assertThat(properties.clustered()).isFalse();
        assertThat(properties.serverUri().getPassword()).isEqualTo("mine".toCharArray());
        assertThat(properties.serverUri().isSsl()).isFalse();
        assertThat(properties.toString()).doesNotContain("mine", "other");
    }

    @Test
    void aUrlWithoutCredentialsTakesTheSeparateKeys() {
        RedisConnectionProperties properties = bind(
                Map.of("spring.data.redis.url", "redis://cache.example:6379", "spring.data.redis.password", "other"));

        assertThat(properties.serverUri().getPassword()).isEqualTo("other".toCharArray());
    }

    @Test
    void usesTlsForRedissOrWhenEnabledOrWhenABundleIsNamed() {
        assertThat(serverTls(null, null, "rediss://127.0.0.1:6380")).isTrue();
        assertThat(serverTls("false", null, "rediss://127.0.0.1:6380"))
                .as("the URL's scheme wins")
                .isTrue();
        assertThat(serverTls(null, null, "redis://127.0.0.1:6379")).isFalse();
        assertThat(serverTls("true", null, "redis://127.0.0.1:6379")).isTrue();
        assertThat(serverTls(null, "redis", "redis://127.0.0.1:6379"))
                .as("a bundle alone switches TLS on")
                .isTrue();
        assertThat(serverTls("false", "redis", "redis://127.0.0.1:6379")).isFalse();
    }

    @Test
    void aBundleAloneMakesEveryClusterSeedTls() {
        RedisConnectionProperties properties = bind(Map.of(
                "spring.data.redis.cluster.nodes", "clustercfg.frgm.example:6379,other.example:6380",
                "spring.data.redis.ssl.bundle", "redis"));

        assertThat(properties.clusterUris())
                .hasSize(2)
                .allSatisfy(seed -> assertThat(seed.isSsl()).isTrue());
        assertThat(bind(Map.of("spring.data.redis.cluster.nodes", "clustercfg.frgm.example:6379"))
                        .clusterUris())
                .allSatisfy(seed -> assertThat(seed.isSsl()).isFalse());
    }

    @Test
    void checksTheServersHostNameOverTls() {
        RedisURI uri = bind(Map.of(
                        "spring.data.redis.url",
                        "redis://:secret@127.0.0.1:6379",
                        "spring.data.redis.ssl.enabled",
                        "true"))
                .serverUri();
        assertThat(uri.getVerifyMode()).isEqualTo(SslVerifyMode.FULL);
        assertThat(uri.getPassword()).isEqualTo("secret".toCharArray());
    }

    @Test
    void refusesUnknownBundle() {
        RedisConnectionProperties properties = bind(
                Map.of("spring.data.redis.url", "redis://127.0.0.1:6379", "spring.data.redis.ssl.bundle", "nowhere"));
        assertThatThrownBy(() -> RedisConfiguration.clientOptions(properties.ssl(), new DefaultSslBundleRegistry()))
                .isInstanceOf(NoSuchSslBundleException.class)
                .hasMessageContaining("nowhere");
    }

    /** The TLS options the one place builds are what a cluster client gets, so they serve every node. */
    @Test
    void aClusterClientKeepsTheTlsOptions() {
        ClientOptions options = RedisConfiguration.clientOptions(bind(Map.of()).ssl(), new DefaultSslBundleRegistry());
        assertThat(RedisAccess.clusterOptions(options).getSslOptions()).isSameAs(options.getSslOptions());
    }

    @Test
    void namesWhatIsMissingOrMalformed() {
        assertThatThrownBy(() -> bind(Map.of()).serverUri()).hasMessageContaining("SPRING_DATA_REDIS_CLUSTER_NODES");
        assertThatThrownBy(() -> bind(Map.of("spring.data.redis.cluster.nodes", "cache.example"))
                        .clusterUris())
                .hasMessageContaining("host:port");
        assertThatThrownBy(() -> bind(Map.of("spring.data.redis.cluster.nodes", "cache.example:port"))
                        .clusterUris())
                .hasMessageContaining("numeric port");
    }

    private static boolean serverTls(String enabled, String bundle, String url) {
        Map<String, String> values = new HashMap<>(Map.of("spring.data.redis.url", url));
        if (enabled != null) {
            values.put("spring.data.redis.ssl.enabled", enabled);
        }
        if (bundle != null) {
            values.put("spring.data.redis.ssl.bundle", bundle);
        }
        return bind(values).serverUri().isSsl();
    }

    private static RedisConnectionProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("spring.data.redis", RedisConnectionProperties.class);
    }
}
