package com.frgm.dashboard.query.rebuild;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Projection rebuilds (ADR 0024).
 *
 * @param threads        rebuilds running at once on this node (each takes a core while it runs)
 * @param batchSize      events per unit of work handed to the rebuilt projections
 * @param switchLag      events behind the head at which a rebuild stops catching up and switches
 * @param markerInterval how often the Redis marker is checked and rewritten
 * @param watchRedis     whether a lost Redis (marker missing) starts a rebuild of the Redis read models
 */
@ConfigurationProperties("frgm.rebuild")
public record RebuildProperties(
        Integer threads, Integer batchSize, Long switchLag, Duration markerInterval, Boolean watchRedis) {

    public RebuildProperties {
        threads = threads == null ? 2 : threads;
        batchSize = batchSize == null ? 2_000 : batchSize;
        switchLag = switchLag == null ? 5_000 : switchLag;
        markerInterval = markerInterval == null ? Duration.ofSeconds(1) : markerInterval;
        watchRedis = watchRedis == null || watchRedis;
    }
}
