package com.frgm.dashboard.app.command;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;

/**
 * The one thread that takes aggregate snapshots. Axon schedules at most one snapshot per aggregate
 * at a time, so its queue holds at most one task per aggregate. Not an {@code Executor} bean
 * itself, which would replace Spring Boot's task executor; a task offered after shutdown is
 * dropped (a snapshot is only a shortcut for loading).
 */
final class SnapshotThread implements DisposableBean {

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
                Thread thread = new Thread(task, "aggregate-snapshotter");
                thread.setDaemon(true);
                return thread;
            },
            new ThreadPoolExecutor.DiscardPolicy());

    ExecutorService executor() {
        return executor;
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
