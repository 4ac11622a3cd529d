package com.frgm.dashboard.ingest.s3;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the S3 source overlaps its work when many files wait (ADR 0020).
 *
 * @param s3Concurrency   S3 requests in flight at once: listings, GETs, HEADs, copies and deletes
 * @param feeds           feeds applied side by side (one thread each; a feed's files stay in order)
 * @param prefetch        files of one feed read ahead of the one being applied
 * @param prefetchMaxSize larger files are not read ahead but streamed when applied
 * @param sqsReceives     ReceiveMessage calls in flight while a burst of notifications lasts
 * @param catchingUpAt    files waiting in one feed from which the feed is reported catching up
 */
@ConfigurationProperties("frgm.ingest.drain")
public record DrainProperties(
        Integer s3Concurrency,
        Integer feeds,
        Integer prefetch,
        DataSize prefetchMaxSize,
        Integer sqsReceives,
        Integer catchingUpAt) {

    public DrainProperties {
        s3Concurrency = atLeastOne("s3-concurrency", s3Concurrency, 16);
        feeds = atLeastOne("feeds", feeds, 4);
        prefetch = atLeastOne("prefetch", prefetch, 16);
        prefetchMaxSize = prefetchMaxSize == null ? DataSize.ofMegabytes(1) : prefetchMaxSize;
        sqsReceives = atLeastOne("sqs-receives", sqsReceives, 3);
        catchingUpAt = atLeastOne("catching-up-at", catchingUpAt, 5);
    }

    public static DrainProperties defaults() {
        return new DrainProperties(null, null, null, null, null, null);
    }

    private static int atLeastOne(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("frgm.ingest.drain." + name + " must be at least 1, not " + value);
        }
        return value;
    }
}
