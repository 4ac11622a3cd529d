package com.frgm.dashboard.query.dynamodb;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

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
        long ceiling = Math.min(maxDelay.toMillis(),
                baseDelay.toMillis() << Math.min(failedAttempts - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
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
