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
 * @param compaction   the compaction of small segments into a few per day (docs/adr/0022)
 */
@ConfigurationProperties("frgm.archive")
public record ArchiveProperties(
        Boolean enabled, String uri, Integer maxEvents, Duration maxAge, Duration pollInterval, Compaction compaction) {

    public ArchiveProperties {
        enabled = enabled == null || enabled;
        uri = uri == null ? "" : uri.trim();
        maxEvents = maxEvents == null ? 5_000 : maxEvents;
        maxAge = maxAge == null ? Duration.ofSeconds(2) : maxAge;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        compaction = compaction == null ? new Compaction(null, null, null, null) : compaction;
    }

    /**
     * @param enabled  compact in the ingest node that holds the compaction lock
     * @param after    segments whose last event is older than this are compacted
     * @param events   about this many events per compacted segment
     * @param interval how often a pass runs; superseded small segments are deleted a pass later
     */
    public record Compaction(Boolean enabled, Duration after, Integer events, Duration interval) {

        public Compaction {
            enabled = enabled == null || enabled;
            after = after == null ? Duration.ofMinutes(10) : after;
            events = events == null ? 10_000 : events;
            interval = interval == null ? Duration.ofMinutes(5) : interval;
        }
    }
}
