package com.frgm.dashboard.query.history;

import org.axonframework.eventhandling.EventMessage;

/** Where an event goes whose items the store would not take, after every retry. */
public interface DeadLetters {

    /**
     * Parks the event so the rest keep flowing. Throws {@code cause} instead when the event's
     * sequence is parked already (the event is itself a dead letter being retried), so that it
     * stays parked.
     */
    void deadLetter(String processingGroup, EventMessage<?> event, RuntimeException cause);

    /**
     * Parks the event behind an earlier event of its sequence that the same batch has just
     * parked, without trying it: the sequence keeps its order, and the batch still commits.
     */
    void parkBehind(String processingGroup, EventMessage<?> event, RuntimeException cause);
}
