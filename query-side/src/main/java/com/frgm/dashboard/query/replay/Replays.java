package com.frgm.dashboard.query.replay;

import com.frgm.dashboard.api.TooBusy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.axonframework.queryhandling.QueryExecutionException;

/**
 * Where replays asked for by users run: a fixed number of threads shared by all requests (a
 * replay is CPU-bound and may read a day of events), a short queue behind them, and a refusal
 * beyond that, so that questions about the past never starve the live system. A replay runs on
 * one of these threads, outside the asking query's unit of work, so the replay engine's batches
 * are units of work of their own.
 */
public final class Replays implements AutoCloseable {

    private final ThreadPoolExecutor executor;
    private final int concurrent;
    private final int waiting;

    public Replays(int concurrent, int waiting) {
        if (concurrent < 1 || waiting < 0) {
            throw new IllegalArgumentException(
                    "concurrent must be positive, waiting not negative: " + concurrent + ", " + waiting);
        }
        this.concurrent = concurrent;
        this.waiting = waiting;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                concurrent,
                concurrent,
                0,
                TimeUnit.MILLISECONDS,
                waiting == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(waiting),
                task -> {
                    Thread thread = new Thread(task, "replay-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Runs {@code replay} when a thread is free; throws {@link BusyException} at once when all are
     * busy and the queue is full.
     */
    public <T> CompletableFuture<T> submit(Supplier<T> replay) {
        try {
            return CompletableFuture.supplyAsync(replay, executor);
        } catch (RejectedExecutionException e) {
            throw new BusyException(concurrent, waiting);
        }
    }

    /** Replays running or waiting now. */
    public int inFlight() {
        return executor.getActiveCount() + executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Every replay thread is busy and the queue is full. */
    public static final class BusyException extends QueryExecutionException {
        BusyException(int concurrent, int waiting) {
            super(detail(concurrent, waiting), null, new TooBusy(detail(concurrent, waiting), 5));
        }

        private static String detail(int concurrent, int waiting) {
            return concurrent + " replays are running and " + waiting + " waiting, the most this node takes;"
                    + " try again shortly";
        }
    }
}
