package com.frgm.dashboard.eventstore.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheBaseUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Backoff.Jitter.NONE);

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(500)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void halfJitterNeverRetriesAtOnceAndFullJitterStaysUnderTheDelay() {
        Random random = new Random(7);
        Backoff half = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), Backoff.Jitter.HALF);
        Backoff full = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), Backoff.Jitter.FULL);

        for (int i = 0; i < 1000; i++) {
            assertThat(half.after(3, random)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(full.after(3, random)).isBetween(Duration.ZERO, Duration.ofMillis(400));
        }
    }
}
