package com.frgm.dashboard.api.feeds;

/** The values of {@link FeedStatus#state()}. */
public final class FeedStates {

    public static final String FLOWING = "flowing";
    public static final String STALLED = "stalled";
    public static final String IDLE = "idle";
    public static final String CATCHING_UP = "catching-up";

    private FeedStates() {}
}
