package com.frgm.dashboard.ingest.pipeline;

import com.frgm.dashboard.eventstore.worker.Backoff;
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

    private final Backoff backoff;
    private final Map<String, Retry> retries = new HashMap<>();

    public RetrySchedule(Duration max) {
        this.backoff = new Backoff(Duration.ofSeconds(1), max, Backoff.Jitter.NONE);
    }

    public boolean isWaiting(String id, Instant now) {
        Retry retry = retries.get(id);
        return retry != null && now.isBefore(retry.notBefore());
    }

    public void failed(String id, Instant now) {
        Retry previous = retries.get(id);
        int failures = previous == null ? 1 : previous.failures() + 1;
        retries.put(id, new Retry(failures, now.plus(backoff.after(failures))));
    }

    public void done(String id) {
        retries.remove(id);
    }

    private record Retry(int failures, Instant notBefore) {}
}
