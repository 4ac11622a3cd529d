package com.frgm.dashboard.ingest.pipeline;

/**
 * The feed a file belongs to, as far as its key tells ({@link FeedKind#feedOf}): files of one
 * lane are applied one after the other in key order, files of different lanes side by side.
 * The same pair names the feed in feed health.
 */
public record FeedLane(String kind, String feed) {

    @Override
    public String toString() {
        return kind + "/" + feed;
    }
}
