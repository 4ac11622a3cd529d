package com.frgm.dashboard.ingest.tt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TtRateLimitTest {

    @TempDir
    Path tempDir;

    TtPollerFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new TtPollerFixture(tempDir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theStubNeverSeesMoreThanTheRateInAnySecond() throws Exception {
        TtSnapshotPoller poller = f.poller(f.properties(5, 15_000));
        for (int i = 0; i < 20; i++) {
            poller.pollOnce();
        }

        List<Instant> at = f.stub.requests().stream().map(TtStub.Request::at).toList();
        assertThat(at).hasSize(21); // one token, twenty orders
        assertThat(maxInAnySecond(at)).isEqualTo(5);
        assertThat(Duration.between(at.get(0), at.get(20))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theHighPlanRateIsAConfigurationValue() throws Exception {
        TtSnapshotPoller poller = f.poller(f.properties(25, 15_000));
        for (int i = 0; i < 30; i++) {
            poller.pollOnce();
        }

        List<Instant> at = f.stub.requests().stream().map(TtStub.Request::at).toList();
        assertThat(maxInAnySecond(at)).isEqualTo(25);
    }

    @Test
    void retriesCountAgainstTheRateToo() throws Exception {
        for (int i = 0; i < 4; i++) {
            f.stub.scriptOrders(new TtStub.Answer(429, java.util.Map.of("Retry-After", "0"), "{}"));
        }
        TtSnapshotPoller poller = f.poller(f.properties(5, 15_000));
        poller.pollOnce();
        poller.pollOnce();

        List<Instant> at = f.stub.requests().stream().map(TtStub.Request::at).toList();
        assertThat(at).hasSize(7);
        assertThat(maxInAnySecond(at)).isEqualTo(5);
    }

    /** Real threads and the real clock: the bucket is shared and queues concurrent callers in turn. */
    @Test
    void concurrentCallersShareOneBucket() throws Exception {
        TokenBucket bucket = new TokenBucket(20, 1, Clock.systemUTC(), Sleeper.SYSTEM);
        ConcurrentLinkedQueue<Long> granted = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        bucket.acquire();
                        granted.add(System.nanoTime());
                    }
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> sorted = new ArrayList<>(granted);
        Collections.sort(sorted);
        // 32 grants at 20/s take at least 31/20 s; a 50 ms allowance covers scheduler jitter.
        assertThat(Duration.ofNanos(sorted.get(31) - sorted.get(0))).isGreaterThan(Duration.ofMillis(1500));
        for (int i = 0; i + 20 < sorted.size(); i++) {
            assertThat(sorted.get(i + 20) - sorted.get(i))
                    .isGreaterThan(Duration.ofMillis(950).toNanos());
        }
    }

    @Test
    void stopsForTheDayAtTheDailyCapAndResumesTheNextDay() throws Exception {
        TtSnapshotPoller poller = f.poller(f.properties(5, 5));

        for (int i = 0; i < 4; i++) {
            assertThat(poller.pollOnce()).isPresent(); // 1 token + 4 orders = 5 requests
            f.clock.advance(Duration.ofSeconds(30));
        }
        assertThat(poller.pollOnce()).isEmpty();
        assertThat(poller.pollOnce()).isEmpty();

        assertThat(f.stub.requests()).hasSize(5);
        assertThat(f.filesInBucket()).hasSize(4);
        assertThat(f.counter("frgm.tt.failures", "reason", "cap")).isEqualTo(1); // said once, loudly

        f.clock.set(LocalDate.of(2024, 1, 16).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(poller.pollOnce()).contains("working-orders/2024/01/16/orders_snapshot_1705363200.json");
    }

    @Test
    void aCapReachedInTheMiddleOfAPollWritesNothing() throws Exception {
        f.stub.scriptOrders(TtStub.Answer.status(503));
        TtSnapshotPoller poller = f.poller(f.properties(5, 2)); // token + the 503

        assertThat(poller.pollOnce()).isEmpty();

        assertThat(f.stub.requests()).hasSize(2);
        assertThat(f.filesInBucket()).isEmpty();
    }

    static int maxInAnySecond(List<Instant> times) {
        int max = 0;
        for (Instant start : times) {
            Instant end = start.plusSeconds(1);
            int n = (int) times.stream()
                    .filter(t -> !t.isBefore(start) && t.isBefore(end))
                    .count();
            max = Math.max(max, n);
        }
        return max;
    }
}
