package com.frgm.dashboard.query.rebuild;

import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** The live processors as a rebuild sees them: positions from their tokens, their error state, a token reset. */
final class LiveProcessors {

    private final EventProcessingConfiguration processing;

    LiveProcessors(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    boolean exists(String name) {
        return processor(name).isPresent();
    }

    /** The highest token position over the segments this node holds; 0 when it holds none. */
    long position(String name) {
        return processor(name)
                .map(p -> p.processingStatus().values().stream()
                        .mapToLong(status -> status.getCurrentPosition().orElse(0))
                        .max()
                        .orElse(0))
                .orElse(0L);
    }

    /** The lowest token position over the segments this node holds: how far a replay has surely come. */
    long lowestPosition(String name) {
        return processor(name)
                .map(p -> p.processingStatus().values().stream()
                        .mapToLong(status -> status.getCurrentPosition().orElse(0))
                        .min()
                        .orElse(0))
                .orElse(0L);
    }

    boolean replaying(String name) {
        return processor(name)
                .map(p -> p.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying))
                .orElse(false);
    }

    boolean claimed(String name) {
        return processor(name).map(p -> !p.processingStatus().isEmpty()).orElse(false);
    }

    boolean inError(String name) {
        return processor(name).map(StreamingEventProcessor::isError).orElse(false);
    }
}
