package com.frgm.dashboard.query.replay;

import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Where a replay cuts its units of work, and what happens around each: by default every
 * {@code batchSize} events; a replay shown to a user cuts one per file and paces them.
 */
public interface ReplayBatches {

    /** Whether {@code next} starts a new unit of work after {@code batch}, which is not empty. */
    boolean startsNew(List<TrackedEventMessage<?>> batch, TrackedEventMessage<?> next);

    /** Just before {@code batch} is applied; false stops the replay with nothing of it applied. */
    default boolean beforeApplying(List<TrackedEventMessage<?>> batch) {
        return true;
    }

    /** Once {@code batch} is applied and its unit of work committed; false stops the replay. */
    default boolean applied(List<TrackedEventMessage<?>> batch) {
        return true;
    }

    /** Every {@code size} events. */
    static ReplayBatches ofSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + size);
        }
        return (batch, next) -> batch.size() >= size;
    }
}
