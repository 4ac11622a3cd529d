package com.frgm.dashboard.query.history;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * Parks events in the processing group's own sequenced dead-letter queue (JDBC, PostgreSQL):
 * the same queue Axon fills when a handler throws, so later events of the sequence follow the
 * parked one there, and an operator retries them all through Axon's dead-letter processor.
 */
public final class AxonDeadLetters implements DeadLetters {

    private final EventProcessingConfiguration processing;
    private final SequencingPolicy<EventMessage<?>> policy;

    public AxonDeadLetters(EventProcessingConfiguration processing, SequencingPolicy<EventMessage<?>> policy) {
        this.processing = processing;
        this.policy = policy;
    }

    @Override
    public void deadLetter(String processingGroup, EventMessage<?> event, RuntimeException cause) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup, cause);
        Object sequence = policy.getSequenceIdentifierFor(event);
        if (queue.contains(sequence)) {
            // Either a parked letter being retried, or its sequence is parked already: failing
            // keeps the letter where it is and its followers behind it.
            throw cause;
        }
        queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event, cause));
    }

    @Override
    public void parkBehind(String processingGroup, EventMessage<?> event, RuntimeException cause) {
        Object sequence = policy.getSequenceIdentifierFor(event);
        queue(processingGroup, cause).enqueue(sequence, new GenericDeadLetter<>(sequence, event, cause));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup, RuntimeException cause) {
        return processing
                .deadLetterQueue(processingGroup)
                .orElseThrow(() -> new IllegalStateException(
                        "No dead-letter queue for " + processingGroup + " (axon.eventhandling.processors."
                                + processingGroup + ".dlq.enabled)",
                        cause));
    }
}
