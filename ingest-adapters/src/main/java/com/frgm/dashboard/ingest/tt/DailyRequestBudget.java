package com.frgm.dashboard.ingest.tt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per UTC day against the plan's daily cap, in a {@link Counts} that every
 * ingest node shares (PostgreSQL in the application), so that neither a restart nor a take-over
 * by another node starts the day's count from zero.
 */
final class DailyRequestBudget {

    private final long cap;
    private final Clock clock;
    private final Counts counts;

    DailyRequestBudget(long cap, Clock clock, Counts counts) {
        this.cap = cap;
        this.clock = clock;
        this.counts = counts;
    }

    /** Takes one request from today's budget, or returns false when it is spent. */
    boolean tryTake() {
        return counts.tryTake(today(), cap);
    }

    boolean exhausted() {
        return used() >= cap;
    }

    long used() {
        return counts.used(today());
    }

    long cap() {
        return cap;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Where the day's count lives. */
    interface Counts {

        /** Adds one to the day's count unless it has reached {@code cap}; true when it did. */
        boolean tryTake(LocalDate day, long cap);

        long used(LocalDate day);

        /** In this JVM only: for tests and tools. */
        static Counts inMemory() {
            return new Counts() {
                private final Map<LocalDate, Long> used = new ConcurrentHashMap<>();

                @Override
                public synchronized boolean tryTake(LocalDate day, long cap) {
                    long now = used.getOrDefault(day, 0L);
                    if (now >= cap) {
                        return false;
                    }
                    used.put(day, now + 1);
                    return true;
                }

                @Override
                public long used(LocalDate day) {
                    return used.getOrDefault(day, 0L);
                }
            };
        }
    }
}
