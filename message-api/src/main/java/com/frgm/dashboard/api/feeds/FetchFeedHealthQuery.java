package com.frgm.dashboard.api.feeds;

/** The health of every feed seen lately; answered with a {@link FeedHealthView}. */
public record FetchFeedHealthQuery() {}
