package com.frgm.dashboard.api.audit;

/**
 * Which clock an instant of the past is read on (docs/adr/0022).
 * {@link #DESK}: when the system stored the event, so the answer is what the dashboard showed then.
 * {@link #FEED}: the time the feed stamped (a quote's, a file's, a snapshot's), so the answer is what
 * the market was then, whenever the data arrived; events the feed did not stamp count at the time
 * they were stored.
 */
public enum ReplayClock {
    DESK,
    FEED
}
