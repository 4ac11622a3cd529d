package com.frgm.dashboard.query.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisURI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RedisConnectionPropertiesTest {

    @Test
    void clusterNodesMakeItACluster() {
        RedisConnectionProperties properties = bind(Map.of(
                "spring.data.redis.cluster.nodes", "clustercfg.frgm.example:6379, other.example:6380",
                "spring.data.redis.username", "dashboard", "spring.data.redis.password", "secret",
                "spring.data.redis.ssl.enabled", "true"));

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
        RedisConnectionProperties properties = bind(Map.of("spring.data.redis.url", "redis://me:mine@cache.example:6379",
                "spring.data.redis.password", "other"));

        assertThat(properties.clustered()).isFalse();
        assertThat(properties.serverUri().getPassword()).isEqualTo("mine".toCharArray());
        assertThat(properties.serverUri().isSsl()).isFalse();
        assertThat(properties.toString()).doesNotContain("mine", "other");
    }

    @Test
    void aUrlWithoutCredentialsTakesTheSeparateKeys() {
        RedisConnectionProperties properties = bind(Map.of("spring.data.redis.url", "redis://cache.example:6379",
                "spring.data.redis.password", "other"));

        assertThat(properties.serverUri().getPassword()).isEqualTo("other".toCharArray());
    }

    @Test
    void namesWhatIsMissingOrMalformed() {
        assertThatThrownBy(() -> bind(Map.of()).serverUri()).hasMessageContaining("SPRING_DATA_REDIS_CLUSTER_NODES");
        assertThatThrownBy(() -> bind(Map.of("spring.data.redis.cluster.nodes", "cache.example")).clusterUris())
                .hasMessageContaining("host:port");
        assertThatThrownBy(() -> bind(Map.of("spring.data.redis.cluster.nodes", "cache.example:port")).clusterUris())
                .hasMessageContaining("numeric port");
    }

    private static RedisConnectionProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("spring.data.redis",
                RedisConnectionProperties.class);
    }
}
