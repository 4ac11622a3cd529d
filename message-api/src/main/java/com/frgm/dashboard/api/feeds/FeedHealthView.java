package com.frgm.dashboard.api.feeds;

import java.time.Duration;
import java.util.List;

/** Every feed seen in the last day, and the quiet time after which a market-data feed is stalled. */
public record FeedHealthView(Duration stallAfter, List<FeedStatus> feeds) {

    public FeedHealthView {
        feeds = List.copyOf(feeds);
    }

    public List<FeedStatus> stalled() {
        return inState(FeedStates.STALLED);
    }

    public List<FeedStatus> catchingUp() {
        return inState(FeedStates.CATCHING_UP);
    }

    private List<FeedStatus> inState(String state) {
        return feeds.stream().filter(feed -> state.equals(feed.state())).toList();
    }
}
