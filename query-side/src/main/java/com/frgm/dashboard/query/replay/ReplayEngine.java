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
    public Replayed replay(ReplaySource source, long after, ReplayWindow window, List<?> projections,
                           LongConsumer progress) {
        List<AnnotationEventHandlerAdapter> handlers = projections.stream().map(AnnotationEventHandlerAdapter::new)
                .toList();
        List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
        long applied = 0;
        long last = after;
        long ended = 0;
        try (Stream<TrackedEventMessage<?>> events = source.after(after)) {
            Iterator<TrackedEventMessage<?>> it = events.iterator();
            while (it.hasNext()) {
                TrackedEventMessage<?> event = it.next();
                if (window.ends(event)) {
                    ended = event.trackingToken().position().orElse(0);
                    break;
                }
                if (window.applies(event)) {
                    batch.add(event);
                    last = event.trackingToken().position().orElse(last);
                }
                if (batch.size() == batchSize) {
                    applied += apply(batch, handlers);
                    progress.accept(last);
                }
            }
            applied += apply(batch, handlers);
        }
        progress.accept(last);
        return new Replayed(applied, last, ended);
    }

    private static int apply(List<TrackedEventMessage<?>> batch, List<AnnotationEventHandlerAdapter> handlers) {
        if (batch.isEmpty()) {
            return 0;
        }
        int size = batch.size();
        ResultMessage<Void> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            for (TrackedEventMessage<?> event : batch) {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    if (handler.canHandle(event)) {
                        handler.handle(event);
                    }
                }
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        batch.clear();
        if (result.isExceptional()) {
            throw new ReplayFailedException(result.exceptionResult());
        }
        return size;
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
