package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.file.FeedLayout;
import java.util.Arrays;
import java.util.List;

/** One feed's folder in one bucket (docs/feeds.md 1); the listing poller keeps a cursor per prefix. */
record WatchedPrefix(String bucket, String prefix) {

    static List<WatchedPrefix> all(IngestProperties properties) {
        return Arrays.stream(FeedLayout.values())
                .map(layout -> new WatchedPrefix(properties.bucket(layout), layout.prefix()))
                .toList();
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + prefix;
    }
}
