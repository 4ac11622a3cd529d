package com.frgm.dashboard.query.rebuild;

import com.frgm.dashboard.eventstore.replay.ReplaySource;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.time.Clock;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projection registry, its rebuild threads and the Redis watch, in dashboard processes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RebuildProperties.class)
class RebuildConfiguration {

    @Bean(destroyMethod = "close")
    ProjectionRebuilds projectionRebuilds(
            List<RebuildTarget> targets,
            EventProcessingConfiguration processing,
            ReplaySource source,
            RebuildLock lock,
            RebuildProperties properties) {
        return new ProjectionRebuilds(
                targets,
                new LiveProcessors(processing),
                new ReplayEngine(properties.batchSize()),
                source,
                lock,
                properties,
                Clock.systemUTC());
    }

    @Bean
    ProjectionHandlers projectionHandlers(ProjectionRebuilds rebuilds) {
        return new ProjectionHandlers(rebuilds);
    }

    /** Built before the processors start, so it sees whether their tokens existed before this start. */
    @Bean
    RedisFlushWatch redisFlushWatch(
            ProjectionRebuilds rebuilds,
            ProjectionMarker marker,
            RebuildProperties properties,
            List<RebuildTarget> targets,
            TokenStore tokens) {
        boolean tokensAtStart = targets.stream().anyMatch(target -> tokens.fetchSegments(target.name()).length > 0);
        return new RedisFlushWatch(
                rebuilds, marker, properties.markerInterval(), properties.watchRedis(), tokensAtStart);
    }
}
