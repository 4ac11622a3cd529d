package com.frgm.dashboard.ingest.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work of one lane strictly one at a time, in the order it was submitted, and work of
 * different lanes side by side on a fixed number of threads. A failed task does not stop its
 * lane: the next one runs after it, as after a success (the caller decides what a failure
 * means for the rest of its lane).
 */
public final class OrderedLanes<K> implements AutoCloseable {

    private static final CompletableFuture<Object> IDLE = CompletableFuture.completedFuture(null);

    private final ExecutorService threads;
    /** The last task of each lane with work queued or running; a lane's entry goes when it is done. */
    private final Map<K, CompletableFuture<?>> tails = new HashMap<>();

    public OrderedLanes(String name, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a lane pool needs at least one thread, not " + threads);
        }
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues {@code work} behind everything submitted to {@code lane} before it. */
    public synchronized <T> CompletableFuture<T> submit(K lane, Callable<T> work) {
        CompletableFuture<?> tail = tails.getOrDefault(lane, IDLE);
        CompletableFuture<T> next =
                tail.handle((result, failure) -> null).thenApplyAsync(ignored -> call(work), threads);
        tails.put(lane, next);
        next.whenComplete((result, failure) -> forget(lane, next));
        return next;
    }

    /** Lanes with work queued or running. */
    public synchronized int busyLanes() {
        return tails.size();
    }

    private synchronized void forget(K lane, CompletableFuture<?> done) {
        tails.remove(lane, done);
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
