package com.frgm.dashboard.query.history;

import org.axonframework.eventhandling.EventMessage;

/** Where an event goes whose items the store would not take, after every retry. */
public interface DeadLetters {

    /**
     * Parks the event so the rest keep flowing. Throws {@code cause} instead when the event
     * is itself a dead letter being retried, so that it stays parked.
     */
    void deadLetter(String processingGroup, EventMessage<?> event, RuntimeException cause);
}
