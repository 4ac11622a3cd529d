package com.frgm.dashboard.ui.query;

import org.axonframework.extensions.reactor.commandhandling.gateway.ReactorCommandGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one way the endpoints send the few operator commands the query side handles (projection
 * rebuilds). A local command runs on the sending thread, so it is sent from a worker scheduler,
 * off the event loop, as {@link Queries} does for queries.
 */
@Component
public class Commands {

    private final ReactorCommandGateway gateway;
    private final Scheduler blocking = Schedulers.boundedElastic();

    public Commands(ReactorCommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> Mono<R> send(Object command) {
        return gateway.<R>send(command).subscribeOn(blocking);
    }
}
