package com.frgm.dashboard.query.dynamodb;

import com.frgm.dashboard.eventstore.worker.Backoff;
import java.time.Duration;

/**
 * Exponential backoff with full jitter: before attempt {@code n + 1}, wait a random time up to
 * {@code min(maxDelay, baseDelay * 2^(n-1))}, spreading retries of many writers apart.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(25), Duration.ofSeconds(2));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait after {@code failedAttempts} failures (1 or more). */
    Duration delayAfter(int failedAttempts) {
        return new Backoff(baseDelay, maxDelay, Backoff.Jitter.FULL).after(failedAttempts);
    }

    void sleepAfter(int failedAttempts) {
        try {
            Thread.sleep(delayAfter(failedAttempts).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while backing off a DynamoDB write", e);
        }
    }
}
