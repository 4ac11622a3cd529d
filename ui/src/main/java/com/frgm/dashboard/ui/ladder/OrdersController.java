package com.frgm.dashboard.ui.ladder;

import com.frgm.dashboard.api.orders.FetchInstrumentOrdersQuery;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.positions.FetchLivePositionsQuery;
import com.frgm.dashboard.api.positions.LivePositionsView;
import com.frgm.dashboard.ui.query.Queries;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Our side of the ladder: working orders per price and the live position of one instrument, once
 * or live; and live positions across accounts.
 */
@RestController
class OrdersController {

    static final String EVENT_NAME = "orders";

    private final Queries queries;

    OrdersController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/orders/{instrument}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<InstrumentOrdersView> orders(@PathVariable String instrument) {
        return queries.query(queryFor(instrument), InstrumentOrdersView.class);
    }

    /** The current view, then a new one whenever the instrument's orders or position change. */
    @GetMapping(path = "/api/orders/{instrument}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<InstrumentOrdersView>> stream(@PathVariable String instrument) {
        Flux<ServerSentEvent<InstrumentOrdersView>> views = queries.subscribe(
                        queryFor(instrument), InstrumentOrdersView.class)
                .map(view -> ServerSentEvent.builder(view).event(EVENT_NAME).build());
        Flux<ServerSentEvent<InstrumentOrdersView>> heartbeats = Flux.interval(LadderEvents.HEARTBEAT)
                .map(tick -> ServerSentEvent.<InstrumentOrdersView>builder()
                        .comment("heartbeat")
                        .build());
        return views.publish(shared -> Flux.merge(shared, heartbeats.takeUntilOther(shared.then())));
    }

    @GetMapping(path = "/api/live-positions", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<LivePositionsView> livePositions(
            @RequestParam(required = false) String account, @RequestParam(required = false) String instrument) {
        return queries.query(
                new FetchLivePositionsQuery(
                        account == null ? null : InstrumentNames.requireValid("account", account),
                        instrument == null ? null : InstrumentNames.requireValid("instrument", instrument)),
                LivePositionsView.class);
    }

    private static FetchInstrumentOrdersQuery queryFor(String instrument) {
        return new FetchInstrumentOrdersQuery(InstrumentNames.requireValid(instrument));
    }
}
