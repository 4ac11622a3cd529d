package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.ingest.IngestProperties;
import java.util.List;

/** One feed's folder in one bucket (docs/feeds.md 1); the listing poller keeps a cursor per prefix. */
record WatchedPrefix(String bucket, String prefix) {

    static List<WatchedPrefix> all(IngestProperties properties) {
        return List.of(
                new WatchedPrefix(properties.actantBucket(), "market-data/"),
                new WatchedPrefix(properties.actantBucket(), "sod/"),
                new WatchedPrefix(properties.actantBucket(), "eod/"),
                new WatchedPrefix(properties.ttBucket(), "working-orders/"));
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + prefix;
    }
}
