package com.frgm.dashboard.query.replay;

import com.frgm.dashboard.eventstore.replay.ReplaySource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

/**
 * The one way events are replayed into projection code outside a live processor: point-in-time
 * answers, the CLI replay and projection rebuilds. It reads from a {@link ReplaySource} (the store
 * or an archive, through the upcasters), in global order, and hands the projections one batch per
 * unit of work, exactly as a streaming processor does, so their {@code UnitOfWorkBatch} writes go
 * out together when the batch commits. It runs on the caller's thread; inside another unit of
 * work (a query's) each batch is a nested one with its own commit.
 */
public final class ReplayEngine {

    private final int batchSize;

    public ReplayEngine(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * Replays the events after {@code after} that {@code window} takes into {@code projections}
     * (objects with {@code @EventHandler} methods). {@code progress} hears the last global index
     * read after every batch.
     */
    public Replayed replay(
            ReplaySource source, long after, ReplayWindow window, List<?> projections, LongConsumer progress) {
        ReplayBatches bySize = ReplayBatches.ofSize(batchSize);
        long[] reported = {-1};
        Replayed replayed = replayInBatches(source, after, window, projections, new ReplayBatches() {
            @Override
            public boolean startsNew(List<TrackedEventMessage<?>> batch, TrackedEventMessage<?> next) {
                return bySize.startsNew(batch, next);
            }

            @Override
            public boolean applied(List<TrackedEventMessage<?>> batch) {
                reported[0] =
                        batch.get(batch.size() - 1).trackingToken().position().orElse(0);
                progress.accept(reported[0]);
                return true;
            }
        });
        if (reported[0] != replayed.lastGlobalIndex()) {
            progress.accept(replayed.lastGlobalIndex());
        }
        return replayed;
    }

    /**
     * The same, cutting units of work where {@code batches} says (never more than the engine's
     * batch size, so memory stays bounded) and stopping early when it says so.
     */
    public Replayed replayInBatches(
            ReplaySource source, long after, ReplayWindow window, List<?> projections, ReplayBatches batches) {
        List<AnnotationEventHandlerAdapter> handlers =
                projections.stream().map(AnnotationEventHandlerAdapter::new).toList();
        List<TrackedEventMessage<?>> batch = new ArrayList<>();
        long applied = 0;
        long last = after;
        try (Stream<TrackedEventMessage<?>> events = window.read(source, after)) {
            Iterator<TrackedEventMessage<?>> it = events.iterator();
            while (it.hasNext()) {
                TrackedEventMessage<?> event = it.next();
                if (window.ends(event)) {
                    applied += flush(batch, handlers, batches);
                    return new Replayed(
                            applied, last, event.trackingToken().position().orElse(0));
                }
                if (!window.applies(event)) {
                    continue;
                }
                if (!batch.isEmpty() && (batch.size() >= batchSize || batches.startsNew(batch, event))) {
                    int size = batch.size();
                    if (!batches.beforeApplying(batch)) {
                        return new Replayed(applied, last, 0);
                    }
                    apply(batch, handlers);
                    applied += size;
                    if (!batches.applied(batch)) {
                        batch.clear();
                        return new Replayed(applied, last, 0);
                    }
                    batch.clear();
                }
                batch.add(event);
                last = event.trackingToken().position().orElse(last);
            }
            applied += flush(batch, handlers, batches);
        }
        return new Replayed(applied, last, 0);
    }

    private static int flush(
            List<TrackedEventMessage<?>> batch, List<AnnotationEventHandlerAdapter> handlers, ReplayBatches batches) {
        if (batch.isEmpty() || !batches.beforeApplying(batch)) {
            return 0;
        }
        int size = batch.size();
        apply(batch, handlers);
        batches.applied(batch);
        batch.clear();
        return size;
    }

    private static void apply(List<TrackedEventMessage<?>> batch, List<AnnotationEventHandlerAdapter> handlers) {
        ResultMessage<Void> result = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(
                        () -> {
                            for (TrackedEventMessage<?> event : batch) {
                                for (AnnotationEventHandlerAdapter handler : handlers) {
                                    if (handler.canHandle(event)) {
                                        handler.handle(event);
                                    }
                                }
                            }
                            return null;
                        },
                        RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new ReplayFailedException(result.exceptionResult());
        }
    }

    /**
     * @param events          how many events were applied
     * @param lastGlobalIndex the last of them (or the start)
     * @param endedAt         the global index of the event that ended the window, unread; 0 when
     *                        reading stopped at the end of the source
     */
    public record Replayed(long events, long lastGlobalIndex, long endedAt) {

        public boolean windowEnded() {
            return endedAt > 0;
        }
    }

    /**
     * An event of a batch could not be read (its stored form does not deserialize) or a projection
     * refused it; nothing of that batch was written.
     */
    public static final class ReplayFailedException extends IllegalStateException {
        ReplayFailedException(Throwable cause) {
            super("an event could not be applied: " + cause.getMessage(), cause);
        }
    }
}
