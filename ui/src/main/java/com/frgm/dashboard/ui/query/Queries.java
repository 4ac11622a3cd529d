package com.frgm.dashboard.ui.query;

import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one way the endpoints ask the query side. Axon runs a query handler on the thread that
 * subscribes, and the handlers block on Redis, DynamoDB and JDBC: subscribing on a worker
 * scheduler keeps them off the web server's few event-loop threads, which every other request
 * and stream needs.
 */
@Component
public class Queries {

    private final ReactorQueryGateway gateway;
    private final Scheduler blocking = Schedulers.boundedElastic();

    public Queries(ReactorQueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> Mono<R> query(Object query, Class<R> responseType) {
        return gateway.query(query, responseType).subscribeOn(blocking);
    }

    /** A streaming query's answers, until they end or the subscriber leaves (which cancels the handler's stream). */
    public <R> Flux<R> stream(Object query, Class<R> responseType) {
        return gateway.streamingQuery(query, responseType).subscribeOn(blocking);
    }

    /** The current answer, then each update, until the subscriber leaves. */
    public <R> Flux<R> subscribe(Object query, Class<R> responseType) {
        return gateway.subscriptionQuery(query, responseType).subscribeOn(blocking);
    }
}
