package com.frgm.dashboard.eventstore.worker;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The one exponential backoff: after {@code n} failures, {@code base * 2^(n-1)}, capped at
 * {@code max}, then spread by the jitter. Used for DynamoDB writes, TT requests, a file's
 * retries and SQS redeliveries.
 *
 * @param jitter {@link Jitter#NONE} waits exactly the delay; {@link Jitter#HALF} waits half of it
 *               plus a random part of the other half (never at once); {@link Jitter#FULL} waits a
 *               random time up to the delay (many writers spread furthest)
 */
public record Backoff(Duration base, Duration max, Jitter jitter) {

    public enum Jitter {
        NONE,
        HALF,
        FULL
    }

    public Backoff {
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= base <= max, not " + base + " and " + max);
        }
    }

    /** The wait after {@code failures} failures (1 or more). */
    public Duration after(int failures) {
        return after(failures, ThreadLocalRandom.current());
    }

    public Duration after(int failures, RandomGenerator random) {
        long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(Math.max(failures, 1) - 1, 30));
        return Duration.ofMillis(
                switch (jitter) {
                    case NONE -> ceiling;
                    case HALF -> ceiling / 2 + random.nextLong(ceiling - ceiling / 2 + 1);
                    case FULL -> random.nextLong(ceiling + 1);
                });
    }
}
