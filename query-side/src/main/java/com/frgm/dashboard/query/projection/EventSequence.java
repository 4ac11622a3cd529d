package com.frgm.dashboard.query.projection;

import org.axonframework.eventhandling.TrackingToken;

/** The global index of the event being handled: what orders a projection's writes. */
public final class EventSequence {

    private EventSequence() {}

    /** The token's position; 0 for an event handled outside a streaming processor (tests, tools). */
    public static long of(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
