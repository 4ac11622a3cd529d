package com.frgm.dashboard.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedLanesTest {

    private final OrderedLanes<String> lanes = new OrderedLanes<>("test-lane", 4);

    @AfterEach
    void close() {
        lanes.close();
    }

    @Test
    void runsTheWorkOfEachLaneOneAtATimeInTheOrderSubmitted() {
        List<String> names = List.of("market-data/GE_XCME.ZN", "sod/sod", "eod/eod", "tt-orders/tt-orders", "x/y");
        Map<String, List<Integer>> applied = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            for (String lane : names) {
                int seq = i;
                applied.computeIfAbsent(lane, l -> new CopyOnWriteArrayList<>());
                running.computeIfAbsent(lane, l -> new AtomicInteger());
                all.add(lanes.submit(lane, () -> {
                    if (running.get(lane).incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    // Uneven work, so a pool that ignored lanes would interleave them out of order.
                    if (ThreadLocalRandom.current().nextInt(8) == 0) {
                        Thread.sleep(0, ThreadLocalRandom.current().nextInt(200_000));
                    }
                    applied.get(lane).add(seq);
                    running.get(lane).decrementAndGet();
                    return seq;
                }));
            }
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .orTimeout(60, TimeUnit.SECONDS)
                .join();

        List<Integer> inOrder = IntStream.range(0, 400).boxed().toList();
        names.forEach(lane -> assertThat(applied.get(lane)).as(lane).isEqualTo(inOrder));
        assertThat(overlaps).hasValue(0);
    }

    @Test
    void lanesRunSideBySide() {
        CountDownLatch other = new CountDownLatch(1);
        CompletableFuture<Boolean> waiting = lanes.submit("a", () -> other.await(10, TimeUnit.SECONDS));
        lanes.submit("b", () -> {
            other.countDown();
            return null;
        });

        assertThat(waiting.orTimeout(20, TimeUnit.SECONDS).join())
                .as("lane b ran while lane a waited")
                .isTrue();
    }

    @Test
    void aLaneWaitsForItsRunningTaskEvenWhenThreadsAreFree() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Object> first = lanes.submit("a", () -> {
            release.await(10, TimeUnit.SECONDS);
            order.add("first");
            return null;
        });
        CompletableFuture<Object> second = lanes.submit("a", () -> order.add("second"));
        Thread.sleep(100);

        assertThat(second).isNotDone();
        release.countDown();
        CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);
        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void aFailedTaskLetsTheNextOfItsLaneRunAndTheLaneIsForgottenOnceIdle() throws Exception {
        CompletableFuture<Object> failing = lanes.submit("a", () -> {
            throw new IOException("S3 unreachable");
        });
        CompletableFuture<String> next = lanes.submit("a", () -> "ran");

        assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("ran");
        assertThat(failing).isCompletedExceptionally();
        await().atMost(Duration.ofSeconds(5)).until(() -> lanes.busyLanes() == 0);
    }
}
