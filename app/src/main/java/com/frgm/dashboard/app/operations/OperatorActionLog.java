package com.frgm.dashboard.app.operations;

import com.frgm.dashboard.api.operations.OperatorActionRecordedEvent;
import java.time.Clock;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/**
 * Records an operator action as an event in the event store (ADR 0021), so it is archived and
 * replayable like every other event. {@link OperatorActionFilter} records the HTTP ones; a tool
 * that acts without a request (a rebuild running on after its request ended) calls this itself.
 */
@Component
public class OperatorActionLog {

    private final EventGateway events;
    private final Clock clock;

    public OperatorActionLog(EventGateway events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Appends the action; blocks for the database, so call it off the event loop. */
    public void record(String operator, String action, String target, String outcome) {
        events.publish(new OperatorActionRecordedEvent(operator, action, target, outcome, clock.instant()));
    }
}
