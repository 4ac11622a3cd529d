package com.frgm.dashboard.eventstore.archive;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The event archive (docs/adr/0010).
 *
 * @param enabled      archive in ingest processes
 * @param uri          {@code s3://bucket/prefix} or {@code file:/path}; empty means
 *                     {@code s3://frgm-events-{env}} when ingesting from S3, else
 *                     {@code file:{data dir}/archive}
 * @param maxEvents    a segment is cut at this many events...
 * @param maxAge       ...or when its oldest event was seen this long ago, whichever first
 * @param pollInterval how often new commits are looked for
 */
@ConfigurationProperties("frgm.archive")
public record ArchiveProperties(Boolean enabled, String uri, Integer maxEvents, Duration maxAge,
                                Duration pollInterval) {

    public ArchiveProperties {
        enabled = enabled == null || enabled;
        uri = uri == null ? "" : uri.trim();
        maxEvents = maxEvents == null ? 5_000 : maxEvents;
        maxAge = maxAge == null ? Duration.ofSeconds(2) : maxAge;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
    }
}
