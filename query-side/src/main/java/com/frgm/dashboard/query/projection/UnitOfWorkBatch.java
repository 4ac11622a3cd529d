package com.frgm.dashboard.query.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Collects a projection's writes for the batch being handled and hands them to the store
 * together when the batch commits, before its token does: one pipelined round trip per batch,
 * and a failed write fails the batch so the token never passes an unwritten event. The batch is
 * a live processor's or the replay engine's (query.replay.ReplayEngine), so a projection writes
 * the same way in both. Outside a unit of work (unit tests) each write goes straight through.
 */
public final class UnitOfWorkBatch<W> {

    private static final AtomicLong INSTANCES = new AtomicLong();

    private final String resourceKey;
    private final Consumer<List<W>> flush;

    public UnitOfWorkBatch(String name, Consumer<List<W>> flush) {
        // Per instance: two projections of one kind (a live one, one being rebuilt) may share a unit of work.
        this.resourceKey = UnitOfWorkBatch.class.getName() + "." + name + "#" + INSTANCES.incrementAndGet();
        this.flush = flush;
    }

    public void add(W write) {
        if (!CurrentUnitOfWork.isStarted()) {
            flush.accept(List.of(write));
            return;
        }
        List<W> writes = CurrentUnitOfWork.get().getOrComputeResource(resourceKey, key -> {
            List<W> created = new ArrayList<>();
            CurrentUnitOfWork.get().onPrepareCommit(uow -> flush.accept(created));
            return created;
        });
        writes.add(write);
    }
}
