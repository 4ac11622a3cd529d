package com.frgm.dashboard.api.feeds;

import java.time.Duration;
import java.util.List;

/** Every feed seen in the last day, and the quiet time after which a market-data feed is stalled. */
public record FeedHealthView(Duration stallAfter, List<FeedStatus> feeds) {

    public FeedHealthView {
        feeds = List.copyOf(feeds);
    }

    public List<FeedStatus> stalled() {
        return feeds.stream().filter(feed -> FeedStates.STALLED.equals(feed.state())).toList();
    }
}
