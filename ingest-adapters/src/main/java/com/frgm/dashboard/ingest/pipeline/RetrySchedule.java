package com.frgm.dashboard.ingest.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-file exponential backoff (1 s, doubling, capped) after a transient failure, so a
 * database outage does not turn every poll into a storm of failing transactions. Not
 * thread-safe: one per source worker.
 */
public final class RetrySchedule {

    private final Duration max;
    private final Map<String, Retry> retries = new HashMap<>();

    public RetrySchedule(Duration max) {
        this.max = max;
    }

    public boolean isWaiting(String id, Instant now) {
        Retry retry = retries.get(id);
        return retry != null && now.isBefore(retry.notBefore());
    }

    public void failed(String id, Instant now) {
        Retry previous = retries.get(id);
        Duration delay = previous == null ? Duration.ofSeconds(1) : previous.delay().multipliedBy(2);
        delay = delay.compareTo(max) > 0 ? max : delay;
        retries.put(id, new Retry(delay, now.plus(delay)));
    }

    public void done(String id) {
        retries.remove(id);
    }

    private record Retry(Duration delay, Instant notBefore) {
    }
}
