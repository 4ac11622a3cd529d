package com.frgm.dashboard.ingest.tt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket shared by every call to TT: {@code rate} tokens a second, at most {@code burst}
 * saved up. A caller that finds the bucket empty reserves the next token (the balance goes
 * negative) and sleeps until it is due, so concurrent callers queue in order instead of racing.
 * With burst 1 requests are spaced 1/rate apart, so no sliding second sees more than rate.
 */
final class TokenBucket {

    private static final double NANOS = 1_000_000_000d;

    private final double rate;
    private final double burst;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens;
    private long last;

    TokenBucket(double ratePerSecond, int burst, Clock clock, Sleeper sleeper) {
        this.rate = ratePerSecond;
        this.burst = burst;
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = burst;
        this.last = nanos(clock.instant());
    }

    /** Blocks until a request may be sent; returns how long it waited. */
    Duration acquire() throws InterruptedException {
        Duration wait = reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        return wait;
    }

    synchronized Duration reserve() {
        long now = nanos(clock.instant());
        tokens = Math.min(burst, tokens + Math.max(0, now - last) * rate / NANOS);
        last = Math.max(last, now);
        tokens -= 1;
        if (tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(-tokens * NANOS / rate));
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
